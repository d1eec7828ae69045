package org.latentlab.model.classifier;

import java.util.List;

/**
 * Everything about a saved classifier except its weights, stored as {@code latentlab.json} with
 * {@code "kind": "classifier"}.
 *
 * @param spec the architecture
 * @param classNames the name of each class index; as many as {@code spec.classes()}
 * @param dataset the data it was trained on ("mnist", "fashion", a folder)
 * @param training how it was trained, or null for an untrained classifier
 */
public record ClassifierMetadata(
    ClassifierSpec spec, List<String> classNames, String dataset, Training training) {

  /** Checks that there is a name per class. */
  public ClassifierMetadata {
    classNames = List.copyOf(classNames);
    if (classNames.size() != spec.classes()) {
      throw new IllegalArgumentException(
          classNames.size() + " class names for " + spec.classes() + " classes");
    }
  }

  /** This metadata with a training summary attached. */
  public ClassifierMetadata withTraining(Training t) {
    return new ClassifierMetadata(spec, classNames, dataset, t);
  }

  /**
   * How a classifier was trained. Accuracies are on training data (and on the held-out part of it,
   * when some was held out), never on a test set.
   *
   * @param trainImages images trained on
   * @param epochs epochs completed
   * @param batchSize batch size
   * @param learningRate Adam's learning rate
   * @param seed the random seed
   * @param shift the largest random shift in pixels applied to training images (0: none)
   * @param loss mean cross-entropy of the last epoch, nats per image
   * @param trainAccuracy accuracy on the training batches of the last epoch
   * @param validationImages training images held out for validation (0: none)
   * @param validationAccuracy accuracy on them after the last epoch, or NaN when none
   * @param createdAt ISO-8601 instant the classifier was saved
   */
  public record Training(
      int trainImages,
      int epochs,
      int batchSize,
      double learningRate,
      long seed,
      int shift,
      double loss,
      double trainAccuracy,
      int validationImages,
      double validationAccuracy,
      String createdAt) {}
}
