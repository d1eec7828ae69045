package org.latentlab.cli.classifier;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.latentlab.cli.Json;
import org.latentlab.cli.UserInputException;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.model.classifier.ClassifierMetadata;
import org.latentlab.model.classifier.ClassifierModel;
import org.latentlab.model.classifier.ClassifierStore;
import org.latentlab.train.classifier.ClassifierEvaluation;
import org.latentlab.train.classifier.ClassifierEvaluator;

/** What {@code eval} and {@code info} print for a classifier folder. */
public final class ClassifierCommands {
  private ClassifierCommands() {}

  /** {@code eval --model <classifier>}: accuracy on the given images. */
  public static int eval(Path folder, Path images, Path labels, boolean json, PrintWriter out)
      throws IOException {
    try (ClassifierModel m = ClassifierStore.load(folder)) {
      ImageSet data = DataSources.readPair(images, labels, m.metadata().classNames());
      ClassifierEvaluation r;
      try {
        r = ClassifierEvaluator.evaluate(m, data);
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage());
      }
      if (json) {
        out.println(
            Json.object()
                .put("model", folder.toString())
                .put("kind", "classifier")
                .put("architecture", m.metadata().spec().describe())
                .put("images", r.images())
                .put("accuracy", r.accuracy())
                .put("loss", r.loss())
                .put("classAccuracy", r.classAccuracy())
                .toJson());
      } else {
        out.printf(
            Locale.ROOT,
            "%s on %,d images: accuracy %.2f%% (cross-entropy %.4f nats)%n",
            folder,
            r.images(),
            100 * r.accuracy(),
            r.loss());
      }
      return 0;
    }
  }

  /** {@code info --model <classifier>}. */
  public static int info(Path folder, PrintWriter out) throws IOException {
    ClassifierMetadata m;
    try (ClassifierModel loaded = ClassifierStore.load(folder)) {
      m = loaded.metadata();
    }
    var s = m.spec();
    out.printf(Locale.ROOT, "Model      %s%n", folder);
    out.printf(Locale.ROOT, "Kind       image classifier%n");
    out.printf(
        Locale.ROOT,
        "Network    %s (%,d parameters), %dx%d images%n",
        s.describe(),
        s.parameterCount(),
        s.rows(),
        s.cols());
    out.printf(Locale.ROOT, "Data       %s (%s)%n", m.dataset(), String.join(", ", m.classNames()));
    var t = m.training();
    if (t == null) {
      out.println("Training   none recorded");
    } else {
      out.printf(
          Locale.ROOT,
          "Training   %d epochs on %,d images, batch %d, Adam lr %s, shifts up"
              + " to %d px, seed %d (%s)%n",
          t.epochs(),
          t.trainImages(),
          t.batchSize(),
          t.learningRate(),
          t.shift(),
          t.seed(),
          t.createdAt());
      out.printf(
          Locale.ROOT,
          "Final      loss %.4f, training accuracy %.2f%%%s%n",
          t.loss(),
          100 * t.trainAccuracy(),
          t.validationImages() == 0
              ? ""
              : String.format(
                  Locale.ROOT,
                  ", %.2f%% on %,d held-out training images",
                  100 * t.validationAccuracy(),
                  t.validationImages()));
    }
    return 0;
  }
}
