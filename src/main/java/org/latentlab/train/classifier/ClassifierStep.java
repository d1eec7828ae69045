package org.latentlab.train.classifier;

/**
 * What one classifier training step measured.
 *
 * @param loss the batch's mean cross-entropy, nats per image
 * @param correct the batch's images classified correctly (before the step's update)
 */
record ClassifierStep(double loss, int correct) {}
