package org.latentlab.latent.quality;

/**
 * The space in which generated and real images are compared by k-nearest-neighbour balls: the
 * bundled classifier's penultimate-layer features (where distances follow what the classifier has
 * learnt to tell apart), or the pixels themselves ({@link #PIXELS}).
 */
@FunctionalInterface
public interface Embedding {

  /** Pixel space: every image is its own feature vector. */
  Embedding PIXELS = images -> images;

  /** The feature vector of each image, all of one length. */
  float[][] embed(float[][] images);
}
