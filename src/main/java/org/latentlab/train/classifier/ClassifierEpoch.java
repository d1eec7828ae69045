package org.latentlab.train.classifier;

/**
 * One finished epoch of classifier training.
 *
 * @param epoch 1-based epoch
 * @param epochs epochs in the run
 * @param loss mean cross-entropy over the epoch's batches, nats per image
 * @param trainAccuracy fraction of the epoch's training images classified correctly (during the
 *     epoch, with the weights of the moment)
 * @param validationAccuracy accuracy on the held-out images after the epoch, or NaN when none
 * @param seconds wall time of the epoch
 */
public record ClassifierEpoch(
    int epoch,
    int epochs,
    double loss,
    double trainAccuracy,
    double validationAccuracy,
    double seconds) {}
