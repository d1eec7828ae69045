package org.latentlab.latent;

import java.util.Locale;

/**
 * The plane of the first two principal components of a set of codes: plane coordinates are {@code
 * (z - mean) · v1} and {@code (z - mean) · v2}, with v1, v2 the unit eigenvectors of the codes'
 * covariance matrix for its two largest eigenvalues. The symmetric eigenproblem is solved with
 * cyclic Jacobi rotations, exact enough for latent sizes up to a few hundred.
 */
public final class Pca implements Projection {
  private final double[] mean;
  private final double[] v1;
  private final double[] v2;
  private final double explained1;
  private final double explained2;

  private Pca(double[] mean, double[] v1, double[] v2, double explained1, double explained2) {
    this.mean = mean;
    this.v1 = v1;
    this.v2 = v2;
    this.explained1 = explained1;
    this.explained2 = explained2;
  }

  /**
   * Fits the plane of the first two principal components.
   *
   * @param codes at least one code of size {@code dim}
   * @param dim the latent size, at least 2
   */
  public static Pca fit(float[][] codes, int dim) {
    if (dim < 2) {
      throw new IllegalArgumentException("PCA to a plane needs at least 2 dimensions, not " + dim);
    }
    double[] mean = new double[dim];
    for (float[] c : codes) {
      for (int i = 0; i < dim; i++) {
        mean[i] += c[i];
      }
    }
    for (int i = 0; i < dim; i++) {
      mean[i] /= Math.max(1, codes.length);
    }
    double[][] cov = new double[dim][dim];
    double[] d = new double[dim];
    for (float[] c : codes) {
      for (int i = 0; i < dim; i++) {
        d[i] = c[i] - mean[i];
      }
      for (int i = 0; i < dim; i++) {
        for (int j = i; j < dim; j++) {
          cov[i][j] += d[i] * d[j];
        }
      }
    }
    for (int i = 0; i < dim; i++) {
      for (int j = i; j < dim; j++) {
        cov[i][j] /= Math.max(1, codes.length - 1);
        cov[j][i] = cov[i][j];
      }
    }
    return fromCovariance(mean, cov);
  }

  private static Pca fromCovariance(double[] mean, double[][] cov) {
    int n = mean.length;
    double[][] vectors = new double[n][n];
    double[] values = SymmetricEigen.decompose(cov, vectors);
    int first = 0;
    for (int i = 1; i < n; i++) {
      if (values[i] > values[first]) {
        first = i;
      }
    }
    int second = first == 0 ? 1 : 0;
    for (int i = 0; i < n; i++) {
      if (i != first && values[i] > values[second]) {
        second = i;
      }
    }
    double total = 0;
    for (double v : values) {
      total += Math.max(0, v);
    }
    double e1 = total > 0 ? Math.max(0, values[first]) / total : 0;
    double e2 = total > 0 ? Math.max(0, values[second]) / total : 0;
    return new Pca(mean, column(vectors, first), column(vectors, second), e1, e2);
  }

  /** Column {@code k} of the eigenvector matrix, signed so its largest entry is positive. */
  private static double[] column(double[][] vectors, int k) {
    int n = vectors.length;
    double[] v = new double[n];
    int largest = 0;
    for (int i = 0; i < n; i++) {
      v[i] = vectors[i][k];
      if (Math.abs(v[i]) > Math.abs(v[largest])) {
        largest = i;
      }
    }
    if (v[largest] < 0) {
      for (int i = 0; i < n; i++) {
        v[i] = -v[i];
      }
    }
    return v;
  }

  @Override
  public int latentDim() {
    return mean.length;
  }

  @Override
  public double x(float[] code) {
    return dot(code, v1);
  }

  @Override
  public double y(float[] code) {
    return dot(code, v2);
  }

  private double dot(float[] code, double[] v) {
    double s = 0;
    for (int i = 0; i < v.length; i++) {
      s += (code[i] - mean[i]) * v[i];
    }
    return s;
  }

  @Override
  public float[] moveTo(float[] code, double x, double y) {
    double dx = x - x(code);
    double dy = y - y(code);
    float[] out = new float[code.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (code[i] + dx * v1[i] + dy * v2[i]);
    }
    return out;
  }

  @Override
  public float[] lift(double x, double y) {
    float[] out = new float[mean.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (mean[i] + x * v1[i] + y * v2[i]);
    }
    return out;
  }

  /** The share of the total variance along the first component, in [0, 1]. */
  public double explainedFirst() {
    return explained1;
  }

  /** The share of the total variance along the second component, in [0, 1]. */
  public double explainedSecond() {
    return explained2;
  }

  /** The first principal direction (unit length). */
  public double[] firstComponent() {
    return v1.clone();
  }

  /** The second principal direction (unit length, orthogonal to the first). */
  public double[] secondComponent() {
    return v2.clone();
  }

  @Override
  public double[] xAxis() {
    return firstComponent();
  }

  @Override
  public double[] yAxis() {
    return secondComponent();
  }

  @Override
  public String xLabel() {
    return String.format(Locale.ROOT, "PC 1 (%.0f%%)", 100 * explained1);
  }

  @Override
  public String yLabel() {
    return String.format(Locale.ROOT, "PC 2 (%.0f%%)", 100 * explained2);
  }
}
