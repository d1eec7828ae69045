package org.latentlab.train;

import java.util.function.ToDoubleFunction;

/**
 * Stops a run whose loss is no longer a finite number (DJL's {@code
 * DivergenceCheckTrainingListener}): from there on every weight would become NaN, and a model like
 * that must never be saved.
 *
 * @param <R> what a step measures
 */
public final class DivergenceCheck<R> implements BatchLoop.Listener<R> {
  private final ToDoubleFunction<? super R> loss;
  private final boolean namesBatch;

  /**
   * @param loss reads the objective a step minimized
   * @param namesBatch whether the message names the batch as well as the epoch
   */
  public DivergenceCheck(ToDoubleFunction<? super R> loss, boolean namesBatch) {
    this.loss = loss;
    this.namesBatch = namesBatch;
  }

  @Override
  public void onBatchEnd(BatchLoop.Position at, int images, R result)
      throws TrainingStoppedException {
    double value = loss.applyAsDouble(result);
    if (!Double.isFinite(value)) {
      throw new TrainingStoppedException(
          "the loss became "
              + value
              + " in epoch "
              + at.epoch()
              + (namesBatch ? ", batch " + at.batch() : "")
              + "; training stopped and nothing was saved (try a lower learning rate)",
          false);
    }
  }
}
