package org.latentlab.latent.vae;

import java.util.Random;

/**
 * The reparameterization trick in plain Java, for showing it: z = μ + σ ⊙ ε with ε ~ N(0, I) and σ
 * = exp(½ log σ²) (Kingma and Welling, "Auto-Encoding Variational Bayes", ICLR 2014, sec. 2.4).
 *
 * <p>All the randomness is in ε; μ and σ come from the encoder. This is the sampling the model does
 * on tensors in training ({@code org.latentlab.model.VariationalAutoencoder#reparameterize}); here
 * it draws the points the window marks on the plane and decodes, and the prior samples z ~ N(0, I).
 */
public final class Reparameterization {
  private Reparameterization() {}

  /** One draw z = μ + σ ⊙ ε. */
  public static float[] sample(float[] mu, float[] logVar, Random random) {
    if (mu.length != logVar.length) {
      throw new IllegalArgumentException(
          "μ has " + mu.length + " dimensions but log σ² has " + logVar.length);
    }
    float[] z = new float[mu.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = (float) (mu[i] + Posterior.sigma(logVar[i]) * random.nextGaussian());
    }
    return z;
  }

  /**
   * z = μ + m·σ ⊙ ε for a given ε: the trick itself, with the noise drawn elsewhere so it can be
   * shown. {@code magnify} m = 1 is the model's posterior; m &gt; 1 widens σ for showing only (the
   * σ magnifier), so decodes of nearby samples visibly differ.
   */
  public static float[] fromEpsilon(float[] mu, float[] logVar, float[] epsilon, double magnify) {
    if (mu.length != logVar.length || mu.length != epsilon.length) {
      throw new IllegalArgumentException(
          "μ, log σ² and ε need the same dimensions, not "
              + mu.length
              + ", "
              + logVar.length
              + " and "
              + epsilon.length);
    }
    float[] z = new float[mu.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = (float) (mu[i] + magnify * Posterior.sigma(logVar[i]) * epsilon[i]);
    }
    return z;
  }

  /** {@code k} independent draws z = μ + σ ⊙ ε. */
  public static float[][] samples(float[] mu, float[] logVar, int k, Random random) {
    checkCount(k);
    float[][] out = new float[k][];
    for (int i = 0; i < k; i++) {
      out[i] = sample(mu, logVar, random);
    }
    return out;
  }

  /** {@code k} draws from the prior N(0, I) in {@code dim} dimensions. */
  public static float[][] standardNormal(int dim, int k, Random random) {
    checkCount(k);
    return samples(new float[dim], new float[dim], k, random);
  }

  private static void checkCount(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("number of samples must be 0 or more: " + k);
    }
  }
}
