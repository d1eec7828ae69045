package org.latentlab.latent.quality;

/**
 * A model's reconstruction loss per image, in nats: the Bernoulli cross-entropy of decoding the
 * image's code (AE) or posterior mean (VAE), summed over pixels.
 */
@FunctionalInterface
public interface ReconstructionLoss {

  /** The loss of each image. */
  float[] of(float[][] images);
}
