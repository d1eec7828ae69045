package org.latentlab.train.classifier;

/**
 * How well a classifier did on labelled images.
 *
 * @param images images evaluated
 * @param accuracy fraction classified correctly (the most probable class is the label)
 * @param loss mean cross-entropy, nats per image
 * @param classAccuracy accuracy per class index (NaN for a class with no images)
 */
public record ClassifierEvaluation(
    int images, double accuracy, double loss, double[] classAccuracy) {}
