package org.latentlab.latent;

import java.util.Random;

/**
 * A Gaussian N(m, C) fitted to a set of codes by their sample mean and covariance.
 *
 * <p>A plain autoencoder has no prior, so "sampling" from it needs some distribution over codes;
 * the natural guess is the Gaussian that matches its codes' first two moments. Its samples land
 * in the gaps between an autoencoder's clusters as readily as in them, which is the point the
 * lecture makes: without a regularizer nothing makes those gaps decodable.
 */
public final class FittedGaussian {
  private final double[] mean;
  private final double[][] covariance;
  private final double[][] cholesky;

  private FittedGaussian(double[] mean, double[][] covariance) {
    this.mean = mean;
    this.covariance = covariance;
    this.cholesky = cholesky(covariance);
  }

  /**
   * The Gaussian with the codes' mean and covariance (divided by n − 1).
   *
   * @param codes at least two codes of equal size
   */
  public static FittedGaussian fit(float[][] codes) {
    if (codes.length < 2) {
      throw new IllegalArgumentException("fitting a Gaussian needs at least 2 codes");
    }
    int dim = codes[0].length;
    double[] mean = new double[dim];
    for (float[] c : codes) {
      for (int i = 0; i < dim; i++) {
        mean[i] += c[i];
      }
    }
    for (int i = 0; i < dim; i++) {
      mean[i] /= codes.length;
    }
    double[][] cov = new double[dim][dim];
    double[] d = new double[dim];
    for (float[] c : codes) {
      for (int i = 0; i < dim; i++) {
        d[i] = c[i] - mean[i];
      }
      for (int i = 0; i < dim; i++) {
        for (int j = 0; j <= i; j++) {
          cov[i][j] += d[i] * d[j];
        }
      }
    }
    for (int i = 0; i < dim; i++) {
      for (int j = 0; j <= i; j++) {
        cov[i][j] /= codes.length - 1;
        cov[j][i] = cov[i][j];
      }
    }
    return new FittedGaussian(mean, cov);
  }

  /** The mean m. */
  public double[] mean() {
    return mean.clone();
  }

  /** The covariance C (a copy). */
  public double[][] covariance() {
    double[][] out = new double[covariance.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = covariance[i].clone();
    }
    return out;
  }

  /** {@code k} draws m + L ε with ε ~ N(0, I) and L L ᵀ = C (Cholesky). */
  public float[][] sample(int k, Random random) {
    int dim = mean.length;
    float[][] out = new float[k][dim];
    double[] eps = new double[dim];
    for (int s = 0; s < k; s++) {
      for (int i = 0; i < dim; i++) {
        eps[i] = random.nextGaussian();
      }
      for (int i = 0; i < dim; i++) {
        double v = mean[i];
        for (int j = 0; j <= i; j++) {
          v += cholesky[i][j] * eps[j];
        }
        out[s][i] = (float) v;
      }
    }
    return out;
  }

  /**
   * The lower-triangular L with L Lᵀ = C. A direction without variance (codes that agree in it)
   * gets a zero column instead of failing.
   */
  private static double[][] cholesky(double[][] c) {
    int n = c.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = c[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          l[i][i] = Math.sqrt(Math.max(0, s));
        } else {
          l[i][j] = l[j][j] > 1e-12 ? s / l[j][j] : 0;
        }
      }
    }
    return l;
  }
}
