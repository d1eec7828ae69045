package org.latentlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.export.AtomicFiles;
import org.latentlab.export.CodeTable;
import org.latentlab.export.CodesCsv;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.latent.vae.Posterior;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab export-codes}: the codes a latent plane plots, as a CSV file for a notebook (the
 * window's Export menu writes the same file).
 */
@Command(
    name = "export-codes",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write the codes of images as CSV, one row per image and model:"
          + " index,label,class,model,kind,z1..zD,sigma1..sigmaD.",
      "z is what the latent plane plots (the AE's code, the VAE's mu); sigma is the VAE's"
          + " posterior standard deviation (empty for an AE)."
    })
final class ExportCodesCommand implements Callable<Integer> {
  private static final int BATCH = 1000;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      split = ",",
      paramLabel = "DIR|NAME",
      description =
          "Model folders or bundled models (mnist-ae, mnist-vae, fashion-ae, fashion-vae);"
              + " several, comma-separated or repeated, go into one file.")
  List<String> models;

  @Option(
      names = "--data",
      description =
          "Images to encode: mnist, fashion, a folder of IDX files (default: the first model's"
              + " training data).")
  String data;

  @Option(names = "--images", paramLabel = "IDX", description = "Images (IDX) instead of --data.")
  Path images;

  @Option(names = "--labels", paramLabel = "IDX", description = "Their labels (IDX).")
  Path labels;

  @Option(
      names = "--limit",
      defaultValue = "10000",
      paramLabel = "N",
      description = "The first N images, as the window plots them (default: 10000).")
  int limit;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
  Path out;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new UserInputException("--limit must be at least 1, got " + limit);
    }
    if ((images == null) != (labels == null)) {
      throw new UserInputException("--images and --labels go together");
    }
    if (images != null && data != null) {
      throw new UserInputException("give --data or --images and --labels, not both");
    }
    Path file = AtomicFiles.withExtension(out, ".csv");
    AtomicFiles.checkWritable(file, ".csv");
    List<LatentModel> open = new ArrayList<>();
    try {
      for (String m : models) {
        open.add(openModel(m));
      }
      ImageSet set = images(open.get(0)).head(limit);
      List<CodeTable> tables = new ArrayList<>();
      for (LatentModel m : open) {
        tables.add(table(m, set));
      }
      CodesCsv.write(tables, file);
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Wrote %s: %,d rows (%,d images of %s \u00d7 %d model%s), %d latent dimensions%n",
              file,
              set.count() * open.size(),
              set.count(),
              set.name(),
              open.size(),
              open.size() == 1 ? "" : "s",
              tables.stream().mapToInt(CodeTable::latentDim).max().orElse(0));
    } finally {
      open.forEach(LatentModel::close);
    }
    return 0;
  }

  private static LatentModel openModel(String m) throws IOException {
    Path folder = Path.of(m);
    return Files.isDirectory(folder) ? LatentModels.open(folder) : LatentModels.openBundled(m);
  }

  private ImageSet images(LatentModel first) throws IOException {
    if (images != null) {
      return DataSources.readPair(images, labels, first.info().classNames());
    }
    return DataSources.fromEnvironment().training(data != null ? data : first.info().dataset());
  }

  /** One model's codes of {@code set}: z as {@code encode} gives it (as the window plots it). */
  static CodeTable table(LatentModel m, ImageSet set) {
    if (m.info().pixels() != set.pixelsPerImage()) {
      throw new UserInputException(
          String.format(
              Locale.ROOT,
              "%s takes %dx%d images, but %s has %d pixels per image",
              m.info().name(),
              m.info().rows(),
              m.info().cols(),
              set.name(),
              set.pixelsPerImage()));
    }
    int n = set.count();
    int[] indices = new int[n];
    int[] labelsOf = new int[n];
    float[][] codes = new float[n][];
    float[][] sigmas = m.info().variational() ? new float[n][] : null;
    for (int from = 0; from < n; from += BATCH) {
      int to = Math.min(n, from + BATCH);
      float[][] batch = set.imageRows(from, to);
      System.arraycopy(m.encode(batch), 0, codes, from, to - from);
      if (sigmas != null) {
        Posterior[] q = m.encodePosterior(batch);
        for (int i = from; i < to; i++) {
          sigmas[i] = q[i - from].sigma();
        }
      }
    }
    for (int i = 0; i < n; i++) {
      indices[i] = i;
      labelsOf[i] = set.label(i);
    }
    return new CodeTable(
        m.info().name(),
        m.info().variational(),
        indices,
        labelsOf,
        set.classNames(),
        codes,
        sigmas);
  }
}
