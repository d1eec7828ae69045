package org.latentlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.latentlab.train.StepLosses;
import org.latentlab.train.TrainingEvent;

/** Writes one CSV row per training step, for plotting the loss curve ({@code train --loss-csv}). */
final class LossCsv implements Consumer<TrainingEvent>, AutoCloseable {
  private final BufferedWriter out;

  private LossCsv(BufferedWriter out) {
    this.out = out;
  }

  /** A writer for {@code file}, or one that writes nothing when {@code file} is null. */
  static LossCsv open(Path file) throws IOException {
    if (file == null) {
      return new LossCsv(null);
    }
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    w.write("epoch,batch,step,reconstruction,kl,total\n");
    return new LossCsv(w);
  }

  @Override
  public void accept(TrainingEvent event) {
    if (out != null && event instanceof TrainingEvent.BatchEnd b) {
      try {
        StepLosses l = b.losses();
        out.write(
            String.format(
                Locale.ROOT,
                "%d,%d,%d,%.4f,%.4f,%.4f%n",
                b.epoch(),
                b.batch(),
                b.step(),
                l.reconstruction(),
                l.kl(),
                l.total()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }
}
