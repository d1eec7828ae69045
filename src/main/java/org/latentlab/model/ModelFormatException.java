package org.latentlab.model;

import java.io.IOException;

/** A model folder that cannot be used; the message says exactly what is wrong with which file. */
public class ModelFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line naming the file and the problem
   */
  public ModelFormatException(String message) {
    super(message);
  }
}
