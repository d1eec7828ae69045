package org.latentlab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.latentlab.error.ErrorMessages;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into the CLI's one-line messages ({@link ErrorMessages}, as the window says
 * them) and exit codes: a problem the user can fix exits with {@link LatentLabCli#EXIT_USAGE}, a
 * run that could not finish or a bug with {@link LatentLabCli#EXIT_FAILED}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    boolean verbose = parsed.expandedArgs().contains("--verbose");
    Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    boolean usage = cause instanceof UserInputException || cause instanceof IOException;
    String message =
        usage || cause instanceof CommandFailedException
            ? ErrorMessages.oneLine(cause)
            : ErrorMessages.oneLine(
                "internal error: " + cause + (verbose ? "" : " (run with --verbose for details)"));
    cl.getErr().println("latentlab: " + message);
    if (verbose) {
      cause.printStackTrace(cl.getErr());
    }
    cl.getErr().flush();
    return usage ? LatentLabCli.EXIT_USAGE : LatentLabCli.EXIT_FAILED;
  }
}
