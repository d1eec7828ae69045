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
   * @param losses the batch's mean losses
   */
  record BatchEnd(int epoch, int epochs, int batch, int batches, long step, StepLosses losses)
      implements TrainingEvent {}

  /**
   * An epoch finished.
   *
   * @param epoch 1-based epoch
   * @param epochs epochs in the run
   * @param mean the epoch's mean losses (its steps' losses weighted by their batch sizes)
   * @param seconds wall time of the epoch
   */
  record EpochEnd(int epoch, int epochs, StepLosses mean, double seconds)
      implements TrainingEvent {}
}
