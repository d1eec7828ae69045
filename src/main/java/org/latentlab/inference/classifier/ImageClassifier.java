package org.latentlab.inference.classifier;

/**
 * A loaded image classifier behind plain float arrays: images (rows of {@code rows * cols} floats
 * in [0, 1]) in, class probabilities out. NDArrays never leave the implementation.
 *
 * <p>Implementations are safe to call from several threads (calls are serialized); the owner closes
 * it once, which frees its native memory.
 */
public interface ImageClassifier extends AutoCloseable {

  /** What this classifier is. */
  ClassifierInfo info();

  /** The class probabilities of each image: one row per image, summing to 1. */
  float[][] probabilities(float[][] images);

  /**
   * The activations of the network's penultimate layer for each image (for the bundled classifiers
   * the 128 units before the class logits): the feature space in which generated images are
   * compared with real ones.
   */
  float[][] features(float[][] images);

  /** Frees the native memory; the classifier is unusable afterwards. */
  @Override
  void close();
}
