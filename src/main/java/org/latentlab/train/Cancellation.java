package org.latentlab.train;

/**
 * A flag another thread sets to stop a training run at the next batch; the run's loop checks it
 * before every step.
 */
public final class Cancellation implements BatchLoop.Listener<Object> {
  private volatile boolean cancelled;

  /** Asks the run to stop; it stops within one batch. */
  public void cancel() {
    cancelled = true;
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public void onBatchBegin(BatchLoop.Position at) throws TrainingStoppedException {
    if (cancelled) {
      throw new TrainingStoppedException(
          "training cancelled in epoch " + at.epoch() + "; nothing was saved", true);
    }
  }
}
