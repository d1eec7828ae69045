package org.latentlab.train;

/** Progress of a training run, reported per batch and per epoch. Losses are nats per image. */
public sealed interface TrainingEvent {

  /**
   * A step finished.
   *
   * @param epoch 1-based epoch
   * @param epochs epochs in the run
   * @param batch 1-based batch within the epoch
   * @param batches batches per epoch
   * @param step 1-based step over the whole run
   * @param reconstruction batch mean reconstruction loss
   * @param kl batch mean KL (0 for an AE)
   * @param total batch mean weighted objective
   */
  record BatchEnd(
      int epoch,
      int epochs,
      int batch,
      int batches,
      long step,
      double reconstruction,
      double kl,
      double total)
      implements TrainingEvent {}

  /**
   * An epoch finished.
   *
   * @param epoch 1-based epoch
   * @param epochs epochs in the run
   * @param reconstruction epoch mean reconstruction loss (running average over its batches)
   * @param kl epoch mean KL
   * @param total epoch mean objective
   * @param seconds wall time of the epoch
   */
  record EpochEnd(
      int epoch, int epochs, double reconstruction, double kl, double total, double seconds)
      implements TrainingEvent {}
}
