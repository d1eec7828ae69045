package org.latentlab.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.Window;
import org.latentlab.error.ErrorMessages;
import org.latentlab.export.CodeTable;
import org.latentlab.export.CodesCsv;
import org.latentlab.inference.LatentModel;
import org.latentlab.latent.vae.Posterior;
import org.latentlab.ui.fx.Dialogs;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.LabelledImages;
import org.latentlab.ui.plane.PlaneData;

/**
 * Saves the codes both planes plot as one CSV file ({@link CodesCsv}): the AE's z and the VAE's μ
 * exactly as plotted, with the VAE's σ computed for the same images in the background.
 */
public final class CodesExport {
  private static final int BATCH = 1000;
  private final Dialogs dialogs;
  private final UiThreads threads;

  /** An exporter asking through {@code dialogs} and working on {@code threads}. */
  public CodesExport(Dialogs dialogs, UiThreads threads) {
    this.dialogs = dialogs;
    this.threads = threads;
  }

  /**
   * Asks for a file and saves the plotted codes of {@code planes} (call on the FX thread).
   *
   * @param images the plotted images
   * @param planes each plane's data, left to right
   */
  public void save(Window owner, LabelledImages images, List<PlaneData> planes) {
    dialogs
        .chooseCsvFile(owner, "codes.csv")
        .ifPresent(
            file ->
                threads
                    .background()
                    .execute(
                        () -> {
                          String line;
                          boolean ok = false;
                          try {
                            List<CodeTable> tables =
                                planes.stream().map(p -> table(images, p)).toList();
                            CodesCsv.write(tables, file);
                            line = savedMessage(file, tables);
                            ok = true;
                          } catch (IOException | RuntimeException e) {
                            line =
                                "Could not save "
                                    + file.getFileName()
                                    + ": "
                                    + ErrorMessages.oneLine(e);
                          }
                          String message = line;
                          boolean saved = ok;
                          threads
                              .fx()
                              .execute(
                                  () -> {
                                    if (saved) {
                                      dialogs.showInfo(owner, message);
                                    } else {
                                      dialogs.showError(owner, message);
                                    }
                                  });
                        }));
  }

  /**
   * One plane's codes as a table: z (AE) or μ (VAE) as plotted, and for a VAE σ of the same images
   * (slow for a VAE: call off the FX thread).
   */
  public static CodeTable table(LabelledImages images, PlaneData plane) {
    LatentModel model = plane.model();
    int n = plane.size();
    int[] indices = new int[n];
    for (int i = 0; i < n; i++) {
      indices[i] = i;
    }
    boolean vae = model.info().variational();
    float[][] sigmas = null;
    if (vae) {
      sigmas = new float[n][];
      for (int from = 0; from < n; from += BATCH) {
        int to = Math.min(n, from + BATCH);
        Posterior[] q = model.encodePosterior(images.imageRows(from, to));
        for (int i = from; i < to; i++) {
          sigmas[i] = q[i - from].sigma();
        }
      }
    }
    return new CodeTable(
        model.info().name(),
        vae,
        indices,
        plane.labels(),
        images.classNames(),
        plane.codes(),
        sigmas);
  }

  /** "Saved codes.csv (20,000 rows: 10,000 images × 2 models) to /home/ada". */
  static String savedMessage(Path file, List<CodeTable> tables) {
    int rows = tables.stream().mapToInt(CodeTable::size).sum();
    return String.format(
        Locale.ROOT,
        "Saved %s (%,d rows: %,d images \u00d7 %d models) to %s",
        file.getFileName(),
        rows,
        tables.isEmpty() ? 0 : tables.get(0).size(),
        tables.size(),
        file.toAbsolutePath().getParent());
  }
}
