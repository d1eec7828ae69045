package org.latentlab.train;

import org.latentlab.model.AutoencoderModel;

/**
 * Looks at the model while it trains, e.g. to encode a few thousand images and redraw the latent
 * plane as it forms.
 *
 * <p>Called on the training thread between optimizer steps, with the very model being trained: no
 * copy, no second thread touching the weights, and no gradient recording (the step's
 * GradientCollector is closed, so forward passes record nothing). The model is borrowed: read it,
 * do not close it, do not keep it after the call. Time spent here is time not spent training.
 */
@FunctionalInterface
public interface TrainingObserver {

  /** Inspects {@code model} at checkpoint {@code at}. */
  void observe(AutoencoderModel model, Checkpoint at);

  /**
   * Where in the run an observation happens.
   *
   * @param epoch 1-based epoch; 0 before the first step (the freshly initialized model)
   * @param epochs epochs in the run
   * @param batch 1-based batch within the epoch (0 before the first step)
   * @param batchesPerEpoch batches per epoch
   * @param step optimizer steps taken so far
   * @param epochEnd whether the epoch has just finished
   */
  record Checkpoint(
      int epoch, int epochs, int batch, int batchesPerEpoch, long step, boolean epochEnd) {

    /** Training progress in [0, 1]. */
    public double progress() {
      return (double) step / ((long) epochs * batchesPerEpoch);
    }
  }
}
