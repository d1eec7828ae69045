package org.latentlab.inference.classifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.latentlab.model.classifier.ClassifierModel;
import org.latentlab.model.classifier.ClassifierStore;

/** Opens classifiers as {@link ImageClassifier}s: from a model folder or from the bundled set. */
public final class ImageClassifiers {
  private static final Map<String, String> BY_DATASET =
      Map.of("mnist", "mnist-classifier", "fashion", "fashion-classifier");

  private ImageClassifiers() {}

  /** Opens the classifier folder {@code folder}. */
  public static ImageClassifier open(Path folder) throws IOException {
    ClassifierModel m = ClassifierStore.load(folder);
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return new DjlImageClassifier(m, name == null ? folder.toString() : name.toString());
  }

  /** Opens a bundled classifier: "mnist-classifier" or "fashion-classifier". */
  public static ImageClassifier openBundled(String name) throws IOException {
    return new DjlImageClassifier(ClassifierStore.loadBundled(name), displayName(name));
  }

  /**
   * The bundled classifier for the data a model was trained on ("mnist", "fashion"), if there is
   * one.
   */
  public static Optional<String> bundledFor(String dataset) {
    return Optional.ofNullable(
        BY_DATASET.get(dataset == null ? "" : dataset.strip().toLowerCase(Locale.ROOT)));
  }

  /** Wraps a classifier already in memory (e.g. one just trained); the handle takes ownership. */
  public static ImageClassifier wrap(ClassifierModel model, String name) {
    return new DjlImageClassifier(model, name);
  }

  private static String displayName(String bundled) {
    return bundled.startsWith("fashion") ? "Fashion-MNIST classifier" : "MNIST classifier";
  }
}
