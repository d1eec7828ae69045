package org.latentlab.inference;

import org.latentlab.latent.vae.ElboTerms;
import org.latentlab.latent.vae.Posterior;

/**
 * A loaded autoencoder or VAE behind plain float arrays. Images are rows of {@code rows * cols}
 * floats in [0, 1]; codes are rows of {@code latentDim} floats. NDArrays never leave the
 * implementation.
 *
 * <p>Implementations are safe to call from several threads (calls are serialized); the owner closes
 * it once, which frees its native memory.
 */
public interface LatentModel extends AutoCloseable {

  /** What this model is. */
  ModelInfo info();

  /** The code of each image: the AE's z, the VAE's posterior mean μ. */
  float[][] encode(float[][] images);

  /** The posterior of each image (for an AE: its code with a null log σ²). */
  Posterior[] encodePosterior(float[][] images);

  /** Decodes each code to pixel probabilities in [0, 1]. */
  float[][] decode(float[][] codes);

  /**
   * Decodes each code into the caller's rows ({@code into[i]} gets code i's pixels), so that a view
   * redrawing a grid again and again reuses its arrays instead of making a megabyte of new ones per
   * grid (which this project's VM pays for page by page; {@code decisions.md}).
   *
   * @throws IllegalArgumentException if {@code into} has fewer rows than {@code codes}, or a row is
   *     not one image long
   */
  default void decodeInto(float[][] codes, float[][] into) {
    float[][] out = decode(codes);
    if (into.length < out.length) {
      throw new IllegalArgumentException(into.length + " rows for " + out.length + " codes");
    }
    for (int i = 0; i < out.length; i++) {
      if (into[i].length != out[i].length) {
        throw new IllegalArgumentException(
            "row " + i + " has " + into[i].length + " values, an image has " + out[i].length);
      }
      System.arraycopy(out[i], 0, into[i], 0, out[i].length);
    }
  }

  /** Decodes one code to pixel probabilities in [0, 1]. */
  default float[] decode(float[] code) {
    return decode(new float[][] {code})[0];
  }

  /**
   * The reconstruction loss of each image in nats: Bernoulli cross-entropy summed over pixels,
   * decoding the code (AE) or μ (VAE).
   */
  float[] reconstructionLoss(float[][] images);

  /**
   * Each image's negative-ELBO terms in nats: the reconstruction with z = μ and, for a VAE, the KL
   * of every latent dimension. A DJL model computes them with its loss code, so they equal what
   * {@code latentlab eval} reports for the same images; this default composes {@link
   * #reconstructionLoss} and {@link Posterior#klPerDimension()}.
   */
  default ElboTerms[] elboTerms(float[][] images) {
    float[] rec = reconstructionLoss(images);
    Posterior[] q = encodePosterior(images);
    ElboTerms[] out = new ElboTerms[images.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = ElboTerms.of(rec[i], q[i]);
    }
    return out;
  }

  /**
   * The activations of each image's hidden code: the encoder's last hidden layer (ReLU), the layer
   * a sparse autoencoder keeps sparse. A model that cannot say returns empty rows.
   */
  default float[][] hiddenActivations(float[][] images) {
    return new float[images.length][0];
  }

  /** Frees the native memory; the model is unusable afterwards. */
  @Override
  void close();
}
