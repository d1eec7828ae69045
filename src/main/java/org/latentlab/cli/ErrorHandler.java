package org.latentlab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into the CLI's one-line messages and exit codes. */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    boolean verbose = parsed.expandedArgs().contains("--verbose");
    Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    int code;
    String message;
    if (cause instanceof UserInputException || cause instanceof IOException) {
      code = LatentLabCli.EXIT_USAGE;
      message = describe(cause);
    } else if (cause instanceof CommandFailedException) {
      code = LatentLabCli.EXIT_FAILED;
      message = cause.getMessage();
    } else {
      code = LatentLabCli.EXIT_FAILED;
      message = "internal error: " + cause + (verbose ? "" : " (run with --verbose for details)");
    }
    cl.getErr().println("latentlab: " + oneLine(message));
    if (verbose) {
      cause.printStackTrace(cl.getErr());
    }
    cl.getErr().flush();
    return code;
  }

  /** Java's file exceptions carry only a path as their message: say what happened to it. */
  static String describe(Throwable t) {
    if (t instanceof NoSuchFileException e) {
      return "no such file or folder: " + e.getFile();
    }
    if (t instanceof AccessDeniedException e) {
      return "permission denied: " + e.getFile();
    }
    if (t instanceof FileAlreadyExistsException e) {
      return "already exists: " + e.getFile();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }
}
