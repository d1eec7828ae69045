package org.latentlab.cli;

/** A problem the user can fix: its message is printed as the one line the CLI says. */
public class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line, saying what is wrong and with what
   */
  public UserInputException(String message) {
    super(message);
  }
}
