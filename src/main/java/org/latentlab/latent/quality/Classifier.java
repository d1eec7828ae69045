package org.latentlab.latent.quality;

/**
 * A classifier as the latent-quality metrics see it: images in, class probabilities out (each row
 * sums to 1). Its <em>confidence</em> in an image is the largest probability, its <em>label</em>
 * the class with that probability.
 */
@FunctionalInterface
public interface Classifier {

  /** The class probabilities of each image. */
  float[][] classify(float[][] images);

  /** The most probable class of {@code probabilities} (the first on ties). */
  static int label(float[] probabilities) {
    int best = 0;
    for (int k = 1; k < probabilities.length; k++) {
      if (probabilities[k] > probabilities[best]) {
        best = k;
      }
    }
    return best;
  }

  /** The largest probability in {@code probabilities}. */
  static float confidence(float[] probabilities) {
    return probabilities[label(probabilities)];
  }
}
