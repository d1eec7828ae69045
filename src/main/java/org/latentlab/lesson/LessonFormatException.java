package org.latentlab.lesson;

import java.io.IOException;

/** A lesson file that cannot be read; the message names the file, the scene and the field. */
public final class LessonFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** A problem described in one line. */
  public LessonFormatException(String message) {
    super(message);
  }
}
