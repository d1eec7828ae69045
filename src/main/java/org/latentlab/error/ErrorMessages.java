package org.latentlab.error;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;

/**
 * Turns an exception into the one line a user reads, the same in the CLI and in the window's
 * dialogs: the innermost message that says something, with Java's file exceptions (whose message is
 * only a path) saying what happened to the path.
 */
public final class ErrorMessages {
  private ErrorMessages() {}

  /**
   * One line for {@code t}. Wrappers that add nothing are skipped: an {@link UncheckedIOException}
   * and any exception without a message of its own stand for their cause. A message-less exception
   * at the bottom is named by its class.
   */
  public static String oneLine(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null
        && (root instanceof UncheckedIOException || isBlank(root.getMessage()))) {
      root = root.getCause();
    }
    return oneLine(describe(root));
  }

  /** {@code text} on one line: each line break, with the spaces around it, becomes one space. */
  public static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ");
  }

  private static String describe(Throwable t) {
    if (t instanceof NoSuchFileException e && e.getFile() != null) {
      return "no such file or folder: " + e.getFile();
    }
    if (t instanceof AccessDeniedException e && e.getFile() != null) {
      return "permission denied: " + e.getFile();
    }
    if (t instanceof FileAlreadyExistsException e && e.getFile() != null) {
      return "already exists: " + e.getFile();
    }
    return isBlank(t.getMessage()) ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
