package org.latentlab.latent;

import java.util.Random;

/**
 * A multivariate Gaussian N(mean, covariance), fitted to codes or standard, that can be sampled: z
 * = mean + L ε with L the Cholesky factor of the covariance (L Lᵀ = Σ) and ε ~ N(0, I).
 *
 * @param mean the mean vector
 * @param covariance the covariance matrix (symmetric, positive semi-definite)
 */
public record GaussianFit(double[] mean, double[][] covariance) {

  /** Checks sizes. */
  public GaussianFit {
    int d = mean.length;
    if (d == 0 || covariance.length != d) {
      throw new IllegalArgumentException(
          "a " + d + "-D mean needs a " + d + "x" + d + " covariance");
    }
    for (double[] row : covariance) {
      if (row.length != d) {
        throw new IllegalArgumentException("covariance is not square");
      }
    }
  }

  /**
   * The maximum-likelihood mean and the unbiased (n − 1) full covariance of {@code codes}.
   *
   * @param codes at least two codes of equal size
   */
  public static GaussianFit of(float[][] codes) {
    if (codes.length < 2) {
      throw new IllegalArgumentException(
          "fitting a Gaussian needs at least 2 codes, not " + codes.length);
    }
    int d = codes[0].length;
    double[] mean = new double[d];
    for (float[] c : codes) {
      for (int i = 0; i < d; i++) {
        mean[i] += c[i];
      }
    }
    for (int i = 0; i < d; i++) {
      mean[i] /= codes.length;
    }
    double[][] cov = new double[d][d];
    double[] dev = new double[d];
    for (float[] c : codes) {
      for (int i = 0; i < d; i++) {
        dev[i] = c[i] - mean[i];
      }
      for (int i = 0; i < d; i++) {
        for (int j = 0; j <= i; j++) {
          cov[i][j] += dev[i] * dev[j];
        }
      }
    }
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        cov[i][j] /= codes.length - 1;
        cov[j][i] = cov[i][j];
      }
    }
    return new GaussianFit(mean, cov);
  }

  /** N(0, I) in {@code dim} dimensions: a VAE's prior. */
  public static GaussianFit standard(int dim) {
    double[][] identity = new double[dim][dim];
    for (int i = 0; i < dim; i++) {
      identity[i][i] = 1;
    }
    return new GaussianFit(new double[dim], identity);
  }

  /** The dimension. */
  public int dim() {
    return mean.length;
  }

  /** {@code count} independent samples, the same for the same seed. */
  public float[][] sample(int count, long seed) {
    return sample(count, new Random(seed));
  }

  /**
   * {@code count} independent samples drawn from {@code random} (for callers that draw in turn).
   */
  public float[][] sample(int count, Random random) {
    double[][] l = cholesky();
    int d = dim();
    double[] eps = new double[d];
    float[][] out = new float[count][d];
    for (int s = 0; s < count; s++) {
      for (int i = 0; i < d; i++) {
        eps[i] = random.nextGaussian();
      }
      for (int i = 0; i < d; i++) {
        double z = mean[i];
        for (int j = 0; j <= i; j++) {
          z += l[i][j] * eps[j];
        }
        out[s][i] = (float) z;
      }
    }
    return out;
  }

  /**
   * The lower-triangular L with L Lᵀ = Σ. A singular covariance (codes on a line, a collapsed
   * dimension) gets a tiny ridge on its diagonal, growing until the factorization succeeds.
   */
  double[][] cholesky() {
    int d = dim();
    double trace = 0;
    for (int i = 0; i < d; i++) {
      trace += covariance[i][i];
    }
    double scale = trace > 0 ? trace / d : 1;
    for (double ridge = 0; ; ridge = ridge == 0 ? 1e-12 * scale : ridge * 10) {
      double[][] l = tryCholesky(ridge);
      if (l != null) {
        return l;
      }
      if (ridge > scale) {
        throw new IllegalArgumentException("covariance is not positive semi-definite");
      }
    }
  }

  private double[][] tryCholesky(double ridge) {
    int d = dim();
    double[][] l = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double s = covariance[i][j] + (i == j ? ridge : 0);
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(s > 0)) {
            return null;
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return l;
  }
}
