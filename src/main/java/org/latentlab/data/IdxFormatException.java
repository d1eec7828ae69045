package org.latentlab.data;

import java.io.IOException;

/**
 * An image or label file that is not the well-formed IDX file LatentLab expected. The message is
 * one line that names the file and says exactly what is wrong with it, so that the CLI and the GUI
 * can show it as it is.
 */
public class IdxFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line: the file name, a colon, and the problem
   */
  public IdxFormatException(String message) {
    super(message);
  }

  /**
   * @param message one line: the file name, a colon, and the problem
   * @param cause the low-level error (a corrupt gzip stream, for example)
   */
  public IdxFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
