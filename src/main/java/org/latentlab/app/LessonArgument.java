package org.latentlab.app;

import org.latentlab.error.ErrorMessages;
import org.latentlab.lesson.Lessons;

/** Checks {@code latentlab --lesson FILE} before the window opens, so a bad file is one line. */
final class LessonArgument {
  private LessonArgument() {}

  /**
   * What is wrong with the argument, or null when the lesson opens.
   *
   * @param lesson the file or bundled name, null when none was given
   * @param extra whether more arguments follow it
   */
  static String check(String lesson, boolean extra) {
    if (lesson == null || lesson.isBlank()) {
      return "--lesson needs a lesson file or a bundled lesson's name ("
          + String.join(", ", Lessons.BUNDLED)
          + ")";
    }
    if (extra) {
      return "--lesson takes one lesson and nothing else";
    }
    try {
      Lessons.open(lesson);
      return null;
    } catch (Exception e) {
      return ErrorMessages.oneLine(e);
    }
  }
}
