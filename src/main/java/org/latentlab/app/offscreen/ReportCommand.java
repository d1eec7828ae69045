package org.latentlab.app.offscreen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.image.WritableImage;
import org.latentlab.app.ImageSetImages;
import org.latentlab.cli.CommonOptions;
import org.latentlab.cli.UserInputException;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.inference.classifier.ImageClassifier;
import org.latentlab.inference.classifier.ImageClassifiers;
import org.latentlab.latent.quality.DecoderSpread;
import org.latentlab.latent.quality.HeldOut;
import org.latentlab.latent.quality.LatentQuality;
import org.latentlab.latent.quality.ManifoldScores;
import org.latentlab.latent.quality.QualityReport;
import org.latentlab.latent.quality.QualityScores;
import org.latentlab.latent.quality.SampleScores;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.holes.QualityFigure;
import org.latentlab.ui.plane.PlaneData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab report}: the latent-quality scores of an autoencoder and a VAE on the same
 * images, measured the same way, and optionally a figure of both planes with their hole maps.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Latent-quality scores of an autoencoder and a VAE on labelled images: completeness (samples"
          + " from a Gaussian fitted to the codes, and for the VAE from N(0, I), that decode to an"
          + " image the classifier names with confidence >= 0.9), hole fraction (cells of a 50x50"
          + " grid over the 1st-99th percentile box of the codes that decode with confidence"
          + " < 0.5), continuity (largest/mean pixel step and label changes along 500 random"
          + " 16-step paths) and reconstruction cross-entropy.",
      "Against the images themselves (held out from training): precision, recall, density and"
          + " coverage of those samples with k-NN balls (k = 3) in the classifier's penultimate"
          + " features and in pixels, the samples' class histogram and its KL from the images'"
          + " classes, and the hole map's cells whose decode lies outside every image's ball.",
      "Seeded: a run repeats exactly on the same machine."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--ae", required = true, paramLabel = "DIR", description = "Autoencoder folder.")
  Path ae;

  @Option(names = "--vae", required = true, paramLabel = "DIR", description = "VAE folder.")
  Path vae;

  @Option(
      names = "--images",
      required = true,
      paramLabel = "IDX",
      description = "Evaluation images (IDX, gzip or raw).")
  Path images;

  @Option(
      names = "--labels",
      required = true,
      paramLabel = "IDX",
      description = "Their labels (IDX, gzip or raw).")
  Path labels;

  @Option(
      names = "--classifier",
      paramLabel = "DIR",
      description = "Classifier folder (default: the bundled classifier of the models' data).")
  Path classifier;

  @Option(names = "--json", description = "Print one JSON object with 'ae' and 'vae' objects.")
  boolean json;

  @Option(
      names = "--png",
      paramLabel = "FILE",
      description =
          "Also draw both planes with their hole maps, the scores and an example"
              + " interpolation per model into this PNG.")
  Path png;

  @Option(names = "--limit", paramLabel = "N", description = "Use the first N images only.")
  Integer limit;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the samples and the pairs (default: 1).")
  long seed;

  @Option(
      names = "--headless",
      description = "Draw with the headless renderer even when a" + " display is present.")
  boolean headless;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    if (limit != null && limit < 2) {
      throw new UserInputException("--limit must be at least 2 images");
    }
    if (png != null) {
      PngExport.checkWritable(png); // before seconds of scoring, not after
    }
    LatentQuality.Settings d = LatentQuality.Settings.DEFAULT;
    LatentQuality quality =
        new LatentQuality(
            new LatentQuality.Settings(
                d.samples(),
                d.confident(),
                d.cells(),
                d.hole(),
                d.lowPercentile(),
                d.highPercentile(),
                d.pairs(),
                d.steps(),
                seed,
                d.batch()));
    try (LatentModel a = LatentModels.open(ae);
        LatentModel v = LatentModels.open(vae)) {
      if (a.info().variational()) {
        throw new UserInputException("--ae " + ae + " is a VAE; give the autoencoder there");
      }
      if (!v.info().variational()) {
        throw new UserInputException("--vae " + vae + " is an autoencoder; give the VAE there");
      }
      if (a.info().pixels() != v.info().pixels()) {
        throw new UserInputException("the two models take images of different sizes");
      }
      try (ImageClassifier c = openClassifier(a, v)) {
        ImageSet data = DataSources.readPair(images, labels, c.info().classNames());
        if (limit != null) {
          data = data.head(limit);
        }
        if (data.pixelsPerImage() != a.info().pixels() || c.info().pixels() != a.info().pixels()) {
          throw new UserInputException(
              data.name()
                  + " has "
                  + data.rows()
                  + "x"
                  + data.cols()
                  + " images; the models take "
                  + a.info().rows()
                  + "x"
                  + a.info().cols()
                  + " and the classifier "
                  + c.info().rows()
                  + "x"
                  + c.info().cols());
        }
        if (data.count() < 2) {
          throw new UserInputException(data.name() + " needs at least 2 images");
        }
        QualityComparison.Result r = QualityComparison.measure(quality, a, v, c, data);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(json(r, c, data));
          timing(spec.commandLine().getErr(), r, c); // not in the JSON: it must repeat exactly
        } else {
          printTable(out, r, c, data);
        }
        if (png != null) {
          drawFigure(r, a, v, c, data);
          PrintWriter note = json ? spec.commandLine().getErr() : out;
          note.printf(Locale.ROOT, "Wrote %s%n", png);
          note.flush();
        }
      }
    }
    return 0;
  }

  private ImageClassifier openClassifier(LatentModel model, LatentModel other) throws IOException {
    if (classifier != null) {
      return ImageClassifiers.open(classifier);
    }
    String dataset = model.info().dataset();
    if (!dataset.equals(other.info().dataset())) {
      throw new UserInputException(
          "the models were trained on different data ('"
              + dataset
              + "' and '"
              + other.info().dataset()
              + "'); name a classifier with --classifier DIR");
    }
    String name =
        ImageClassifiers.bundledFor(dataset)
            .orElseThrow(
                () ->
                    new UserInputException(
                        "no bundled classifier for data '"
                            + dataset
                            + "'; name one with --classifier DIR"));
    return ImageClassifiers.openBundled(name);
  }

  private void printTable(
      PrintWriter out, QualityComparison.Result r, ImageClassifier c, ImageSet data) {
    out.printf(
        Locale.ROOT,
        "Latent quality on %s (%,d images), classifier %s (%s), seed %d%n",
        data.name(),
        r.images(),
        c.info().name(),
        c.info().architecture(),
        seed);
    out.printf(Locale.ROOT, "%-44s %10s %10s%n", "", "AE", "VAE");
    QualityScores a = r.ae().scores();
    QualityScores v = r.vae().scores();
    row(
        out,
        "completeness (fitted Gaussian, conf >= 0.9)",
        a.completeness(),
        v.completeness(),
        "%.3f");
    out.printf(
        Locale.ROOT,
        "%-44s %10s %10.3f%n",
        "completeness (prior N(0, I), conf >= 0.9)",
        "-",
        v.completenessPrior());
    row(out, "hole fraction (50x50 grid, conf < 0.5)", a.holeFraction(), v.holeFraction(), "%.3f");
    row(
        out,
        "continuity: largest / mean pixel step",
        a.continuityRatio(),
        v.continuityRatio(),
        "%.3f");
    row(out, "continuity: label changes per path", a.labelChanges(), v.labelChanges(), "%.3f");
    row(out, "reconstruction cross-entropy (nats)", a.reconstruction(), v.reconstruction(), "%.2f");
    row(
        out,
        "decoder spread (mean pixel std of decodes)",
        a.decoderSpread(),
        v.decoderSpread(),
        "%.3f");
    researchRows(out, r);
    collapsed(out, "AE", a);
    collapsed(out, "VAE", v);
    timing(out, r, c);
    out.printf(Locale.ROOT, "(%.1f s)%n", r.seconds());
  }

  /** How long the k-NN balls took: the scoring speed the issue asks for, measured. */
  private static void timing(PrintWriter out, QualityComparison.Result r, ImageClassifier c) {
    out.printf(
        Locale.ROOT,
        "time: %,d real and %,d generated %d-d feature vectors scored in %.1f s (real balls %.1f s"
            + " + samples %.1f s); pixel balls %.1f s; held-out set %.1f s wall, %.1f s CPU%n",
        r.real().size(),
        LatentQuality.Settings.DEFAULT.samples(),
        r.real().featureDimension(),
        r.real().featureSeconds() + r.real().meanFeatureScoringSeconds(),
        r.real().featureSeconds(),
        r.real().meanFeatureScoringSeconds(),
        r.real().pixelSeconds(),
        r.ballSeconds(),
        r.ballCpuSeconds());
    out.flush();
  }

  /**
   * Precision, recall, density, coverage and class balance of each model's samples against the
   * held-out images, and the hole map's off-manifold cells.
   */
  private static void researchRows(PrintWriter out, QualityComparison.Result r) {
    QualityScores a = r.ae().scores();
    QualityScores v = r.vae().scores();
    out.printf(
        Locale.ROOT,
        "samples vs held-out images, k-NN balls k = %d (Kynkaanniemi 2019, Naeem 2020):%n",
        HeldOut.K);
    sampleRows(out, "fitted Gaussian", a.fitted(), v.fitted());
    sampleRows(out, "prior N(0, I)", null, v.prior());
    row(out, "off-manifold cells (hole map, features)", a.offManifold(), v.offManifold(), "%.3f");
  }

  private static void sampleRows(PrintWriter out, String source, SampleScores a, SampleScores v) {
    for (boolean pixels : new boolean[] {false, true}) {
      String space = pixels ? "pixels" : "features";
      ManifoldScores ma = a == null ? null : pixels ? a.pixels() : a.features();
      ManifoldScores mv = pixels ? v.pixels() : v.features();
      row(
          out,
          "  " + source + ": precision (" + space + ")",
          ma == null ? null : ma.precision(),
          mv.precision(),
          "%.3f");
      row(
          out,
          "  " + source + ": recall (" + space + ")",
          ma == null ? null : ma.recall(),
          mv.recall(),
          "%.3f");
      row(
          out,
          "  " + source + ": density (" + space + ")",
          ma == null ? null : ma.density(),
          mv.density(),
          "%.3f");
      row(
          out,
          "  " + source + ": coverage (" + space + ")",
          ma == null ? null : ma.coverage(),
          mv.coverage(),
          "%.3f");
    }
    row(
        out,
        "  " + source + ": class KL(samples || held-out)",
        a == null ? null : a.balance().kl(),
        v.balance().kl(),
        "%.4f");
    row(
        out,
        "  " + source + ": largest class share",
        a == null ? null : a.balance().largestShare(),
        v.balance().largestShare(),
        "%.3f");
  }

  /** Says when a decoder collapsed, since its scores then describe one image, not a space. */
  private static void collapsed(PrintWriter out, String which, QualityScores s) {
    if (s.collapsed()) {
      out.printf(
          Locale.ROOT,
          "the %s's decoder collapsed: every code decodes to nearly the same image (spread %.4f <"
              + " %.2f), so its completeness, holes and continuity mean nothing%n",
          which,
          s.decoderSpread(),
          DecoderSpread.COLLAPSED);
    }
  }

  private static void row(PrintWriter out, String name, Double a, Double v, String format) {
    out.printf(
        Locale.ROOT,
        "%-44s %10s %10s%n",
        name,
        a == null ? "-" : String.format(Locale.ROOT, format, a),
        v == null ? "-" : String.format(Locale.ROOT, format, v));
  }

  private String json(QualityComparison.Result r, ImageClassifier c, ImageSet data)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("images", r.images());
    root.put("data", data.name());
    root.put("classifier", c.info().name());
    root.put("classifierArchitecture", c.info().architecture());
    root.put("seed", seed);
    root.set("ae", scores(mapper, ae, r.ae()));
    root.set("vae", scores(mapper, vae, r.vae()));
    return mapper.writeValueAsString(root);
  }

  private static ObjectNode scores(ObjectMapper mapper, Path folder, QualityReport r) {
    QualityScores s = r.scores();
    ObjectNode o = mapper.createObjectNode();
    o.put("model", folder.toString());
    o.put("completeness", s.completeness());
    if (s.completenessPrior() != null) {
      o.put("completenessPrior", s.completenessPrior());
    }
    o.put("holeFraction", s.holeFraction());
    o.put("continuityRatio", s.continuityRatio());
    o.put("labelChanges", s.labelChanges());
    o.put("reconstruction", s.reconstruction());
    o.put("decoderSpread", s.decoderSpread());
    o.put("collapsed", s.collapsed());
    if (s.offManifold() != null) {
      o.put("offManifold", s.offManifold());
    }
    if (s.fitted() != null) {
      o.set("fittedSamples", samples(mapper, s.fitted()));
    }
    if (s.prior() != null) {
      o.set("priorSamples", samples(mapper, s.prior()));
    }
    return o;
  }

  private static ObjectNode samples(ObjectMapper mapper, SampleScores s) {
    ObjectNode o = mapper.createObjectNode();
    o.put("k", HeldOut.K);
    o.set("features", manifold(mapper, s.features()));
    o.set("pixels", manifold(mapper, s.pixels()));
    ObjectNode b = o.putObject("classBalance");
    b.put("kl", s.balance().kl());
    ArrayNode h = b.putArray("histogram");
    for (double x : s.balance().histogram()) {
      h.add(x);
    }
    ArrayNode ref = b.putArray("heldOut");
    for (double x : s.balance().reference()) {
      ref.add(x);
    }
    return o;
  }

  private static ObjectNode manifold(ObjectMapper mapper, ManifoldScores m) {
    ObjectNode o = mapper.createObjectNode();
    o.put("precision", m.precision());
    o.put("recall", m.recall());
    o.put("density", m.density());
    o.put("coverage", m.coverage());
    return o;
  }

  private void drawFigure(
      QualityComparison.Result r, LatentModel a, LatentModel v, ImageClassifier c, ImageSet data)
      throws Exception {
    ImageSetImages shown = new ImageSetImages(data);
    QualityFigure.Side left =
        new QualityFigure.Side(
            "Autoencoder \u00b7 " + a.info().name(),
            PlaneData.prepare(a, shown),
            r.ae(),
            c.info().classNames());
    QualityFigure.Side right =
        new QualityFigure.Side(
            "Variational autoencoder \u00b7 " + v.info().name(),
            PlaneData.prepare(v, shown),
            r.vae(),
            c.info().classNames());
    String title = "Holes made measurable: " + a.info().name() + " vs " + v.info().name();
    String subtitle =
        String.format(
            Locale.ROOT,
            "%s, %,d images \u00b7 classifier %s (%s) \u00b7" + " seed %d",
            data.name(),
            data.count(),
            c.info().name(),
            c.info().architecture(),
            seed);
    OffscreenFx.start(headless);
    WritableImage image =
        OffscreenFx.call(() -> QualityFigure.render(title, subtitle, left, right));
    PngExport.write(image, png);
  }
}
