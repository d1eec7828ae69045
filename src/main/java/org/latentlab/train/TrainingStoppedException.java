package org.latentlab.train;

/**
 * A training run that did not finish: cancelled, or stopped because the loss stopped being a finite
 * number. The partly trained model is discarded; nothing on disk is touched.
 */
public class TrainingStoppedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final boolean cancelled;

  /**
   * @param message one line saying what stopped the run and that nothing was saved
   * @param cancelled true when the user cancelled; false when the loss diverged
   */
  public TrainingStoppedException(String message, boolean cancelled) {
    super(message);
    this.cancelled = cancelled;
  }

  /** True when the user cancelled; false when the loss diverged. */
  public boolean cancelled() {
    return cancelled;
  }
}
