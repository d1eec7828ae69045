package org.latentlab.latent.quality;

/**
 * What the latent-quality metrics need from an autoencoder or a VAE: its decoder, codes in, images
 * (pixel probabilities in [0, 1]) out. An AE and a VAE are measured through the same interface, so
 * the same way.
 */
@FunctionalInterface
public interface Decoder {

  /** The image of each code, one row of pixels per code. */
  float[][] decode(float[][] codes);
}
