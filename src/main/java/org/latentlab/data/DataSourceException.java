package org.latentlab.data;

import java.io.IOException;

/**
 * A data set that cannot be found or used: an unknown data spec, a missing folder or file, a data
 * set that is not installed. The message is one line saying what was looked for, where, and how to
 * get it.
 */
public class DataSourceException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line: what is missing, where LatentLab looked, what to do
   */
  public DataSourceException(String message) {
    super(message);
  }

  /**
   * @param message one line: what is missing, where LatentLab looked, what to do
   * @param cause the underlying error
   */
  public DataSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
