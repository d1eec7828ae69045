package org.latentlab.cli;

import java.io.PrintStream;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * What Ctrl-C (SIGINT) does while a command runs. Left to the JVM, an interrupt ends the process
 * with status 130 and no word, and a shutdown hook cannot change that status. While installed, an
 * {@code Interrupts} runs its action instead, on the JVM's signal thread: a training run sets its
 * cancellation flag, stops at the next batch and exits with {@link LatentLabCli#EXIT_FAILED} as any
 * cancelled run does. A second Ctrl-C goes to the handler installed before (for the CLI, {@link
 * #exitOnInterrupt}), so a user is never stuck behind a step that does not end. Installs nest:
 * {@link #close()} puts back the handler that was there before.
 *
 * <p>This uses {@code sun.misc.Signal} (module {@code jdk.unsupported}), the only way the JDK
 * offers to handle a signal. Where the platform has no SIGINT, installing does nothing.
 */
public final class Interrupts implements AutoCloseable {
  /** What the CLI says when Ctrl-C ends a command that has no way to stop by itself. */
  static final String CANCELLED = "latentlab: cancelled, nothing was saved";

  private static final Signal INT = intSignal();

  private final SignalHandler previous;

  private Interrupts(SignalHandler previous) {
    this.previous = previous;
  }

  /**
   * Runs {@code onInterrupt} on the first Ctrl-C until {@link #close()}; later ones go to the
   * handler that was installed before.
   *
   * @param onInterrupt called on the JVM's signal thread; it must return without waiting for the
   *     command
   */
  public static Interrupts install(Runnable onInterrupt) {
    if (INT == null) {
      return new Interrupts(null);
    }
    Handler handler = new Handler(onInterrupt);
    try {
      SignalHandler previous = Signal.handle(INT, handler);
      handler.previous = previous;
      return new Interrupts(previous);
    } catch (IllegalArgumentException e) {
      return new Interrupts(null); // the JVM was started with -Xrs, or the OS reserves the signal
    }
  }

  /**
   * The entry point's fallback: Ctrl-C prints {@value #CANCELLED} on {@code err} and ends the
   * process at once with {@link LatentLabCli#EXIT_FAILED}, as a cancelled run does. Models, images
   * and PNG files are all written to a sibling and renamed into place, so ending mid-command leaves
   * no half-written result.
   */
  public static Interrupts exitOnInterrupt(PrintStream err) {
    return install(
        () -> {
          // after a progress bar drawn with carriage returns, start on a fresh line
          err.println((System.console() != null ? System.lineSeparator() : "") + CANCELLED);
          err.flush();
          Runtime.getRuntime().halt(LatentLabCli.EXIT_FAILED);
        });
  }

  /** Puts back the handler that was installed before this one. */
  @Override
  public void close() {
    if (previous != null) {
      Signal.handle(INT, previous);
    }
  }

  private static Signal intSignal() {
    try {
      return new Signal("INT");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The first interrupt runs the action; the next ones are the previous handler's. */
  private static final class Handler implements SignalHandler {
    private final Runnable action;
    private volatile SignalHandler previous;
    private boolean fired;

    Handler(Runnable action) {
      this.action = action;
    }

    @Override
    public synchronized void handle(Signal signal) {
      if (!fired) {
        fired = true;
        action.run();
        return;
      }
      SignalHandler before = previous;
      if (before != null && before != SIG_DFL && before != SIG_IGN) {
        before.handle(signal);
      }
    }
  }
}
