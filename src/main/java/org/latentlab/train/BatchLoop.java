package org.latentlab.train;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import java.util.List;

/**
 * The one batch loop of every training run, after DJL's {@code EasyTrain.fit}: epochs of shuffled
 * batches, one optimizer step per batch, each batch closed (and every array computed from it freed)
 * as soon as its step is done. Everything else a run does (progress events, the cancellation and
 * divergence checks, looking at the model) plugs in as {@link Listener}s, called in the order
 * given; a listener stops the run by throwing {@link TrainingStoppedException}.
 *
 * @param <R> what one step measures, e.g. its {@link StepLosses}
 */
public final class BatchLoop<R> {
  private final Step<R> step;
  private final List<Listener<? super R>> listeners;

  /**
   * @param step one optimizer step on a batch (the model's part of the loop)
   * @param listeners called around every batch and epoch, in this order
   */
  public BatchLoop(Step<R> step, List<? extends Listener<? super R>> listeners) {
    this.step = step;
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Runs {@code epochs} passes over {@code batches}.
   *
   * @param manager the manager each batch's sub-manager is made from (the trainer's)
   * @throws TrainingStoppedException when a listener stops the run
   */
  public void run(NDManager manager, ShuffledBatches batches, int epochs)
      throws TrainingStoppedException {
    int perEpoch = batches.batchesPerEpoch();
    long steps = 0;
    for (Listener<? super R> l : listeners) {
      l.onTrainingBegin(new Position(0, epochs, 0, perEpoch, 0));
    }
    for (int epoch = 1; epoch <= epochs; epoch++) {
      for (Listener<? super R> l : listeners) {
        l.onEpochBegin(epoch);
      }
      int batch = 0;
      for (Batch b : batches.getData(manager)) {
        try (b) {
          Position at = new Position(epoch, epochs, batch + 1, perEpoch, steps + 1);
          for (Listener<? super R> l : listeners) {
            l.onBatchBegin(at);
          }
          batch++;
          steps++;
          R result = step.step(b);
          for (Listener<? super R> l : listeners) {
            l.onBatchEnd(at, b.getSize(), result);
          }
        }
      }
      for (Listener<? super R> l : listeners) {
        l.onEpochEnd(new Position(epoch, epochs, batch, perEpoch, steps));
      }
    }
  }

  /**
   * One optimizer step: forward, loss, backward, update.
   *
   * @param <R> what the step measures
   */
  @FunctionalInterface
  public interface Step<R> {
    /** Trains on {@code batch} (closed by the loop afterwards) and says how it went. */
    R step(Batch batch);
  }

  /**
   * Where the loop is.
   *
   * @param epoch 1-based epoch; 0 before the first
   * @param epochs epochs in the run
   * @param batch 1-based batch within the epoch (at an epoch's end: its last batch; 0 before any)
   * @param batches batches per epoch
   * @param step 1-based optimizer step over the whole run (at an epoch's end: steps taken)
   */
  public record Position(int epoch, int epochs, int batch, int batches, long step) {}

  /**
   * Plugs into the loop. Every method may stop the run by throwing; the defaults do nothing.
   *
   * @param <R> what a step measures
   */
  public interface Listener<R> {
    /** Before the first step, with the freshly initialized model. */
    default void onTrainingBegin(Position start) throws TrainingStoppedException {}

    /** Before epoch {@code epoch} (1-based) shuffles its batches. */
    default void onEpochBegin(int epoch) throws TrainingStoppedException {}

    /** Before the step on the batch at {@code at}. */
    default void onBatchBegin(Position at) throws TrainingStoppedException {}

    /**
     * After the step on the batch at {@code at}, of {@code images} images, which measured {@code
     * result}.
     */
    default void onBatchEnd(Position at, int images, R result) throws TrainingStoppedException {}

    /** After an epoch's last step; {@code end} holds the epoch's last batch and the steps taken. */
    default void onEpochEnd(Position end) throws TrainingStoppedException {}
  }
}
