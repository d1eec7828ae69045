package org.latentlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.latentlab.train.StepLosses;
import org.latentlab.train.TrainingEvent;

/**
 * Shows training progress: on a terminal, one bar redrawn in place (at most ten times a second);
 * otherwise (a pipe, a log file, CI) one line per epoch. Written by hand because it is twenty lines
 * and a progress-bar library would bring a terminal library with it.
 */
final class TrainingProgress implements Consumer<TrainingEvent> {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean terminal;
  private final boolean variational;
  private long lastDraw;
  private boolean drawn;

  private TrainingProgress(PrintWriter err, boolean terminal, boolean variational) {
    this.err = err;
    this.terminal = terminal;
    this.variational = variational;
  }

  /** Progress for a VAE (which has a KL term to show) or an AE. */
  static TrainingProgress forTerminal(PrintWriter err, boolean variational) {
    return new TrainingProgress(err, System.console() != null, variational);
  }

  private String losses(StepLosses l) {
    return variational
        ? String.format(
            Locale.ROOT,
            "loss %.2f (reconstruction %.2f, KL %.2f)",
            l.total(),
            l.reconstruction(),
            l.kl())
        : String.format(Locale.ROOT, "reconstruction loss %.2f", l.reconstruction());
  }

  @Override
  public void accept(TrainingEvent event) {
    if (event instanceof TrainingEvent.BatchEnd b && terminal) {
      long now = System.nanoTime();
      if (now - lastDraw < 100_000_000L && b.batch() != b.batches()) {
        return;
      }
      lastDraw = now;
      double done = ((b.epoch() - 1) + (double) b.batch() / b.batches()) / b.epochs();
      int filled = (int) Math.round(done * WIDTH);
      err.printf(
          Locale.ROOT,
          "\r  epoch %d/%d [%s%s] %3.0f%%  %s ",
          b.epoch(),
          b.epochs(),
          "#".repeat(filled),
          " ".repeat(WIDTH - filled),
          done * 100,
          losses(b.losses()));
      err.flush();
      drawn = true;
    } else if (event instanceof TrainingEvent.EpochEnd e) {
      if (drawn) {
        err.print("\r");
      }
      err.printf(
          Locale.ROOT,
          "  epoch %d/%d: %s in %.2f s%s%n",
          e.epoch(),
          e.epochs(),
          losses(e.mean()),
          e.seconds(),
          " ".repeat(terminal ? 20 : 0));
      err.flush();
      drawn = false;
    }
  }

  void finish() {
    if (drawn) {
      err.println();
      drawn = false;
    }
  }
}
