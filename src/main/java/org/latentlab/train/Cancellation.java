package org.latentlab.train;

/** A flag another thread sets to stop a training run at the next batch. */
public final class Cancellation {
  private volatile boolean cancelled;

  /** Asks the run to stop; it stops within one batch. */
  public void cancel() {
    cancelled = true;
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }
}
