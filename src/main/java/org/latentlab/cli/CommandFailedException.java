package org.latentlab.cli;

/** A run that started but could not finish (cancelled, or stopped by a NaN loss). Exit code 1. */
public class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line saying what stopped the run and what was kept
   */
  public CommandFailedException(String message) {
    super(message);
  }
}
