package org.latentlab.latent.quality;

import java.util.stream.IntStream;

/**
 * Squared Euclidean distances from many points to a fixed set of {@code n} points by matrix
 * products: ‖a − b‖² = ‖a‖² + ‖b‖² − 2 a·b. The fixed set is stored transposed (dimension-major),
 * so the inner loop runs over contiguous columns and the JIT turns it into vector instructions; a
 * block of rows of {@code a} is multiplied against a block of columns at a time, so both stay in
 * cache. Blocks of rows run in parallel on the common fork-join pool.
 */
final class SquaredDistances {
  /** Rows of {@code a} per task (their full distance rows are held at once). */
  static final int ROWS = 16;

  /** Columns of the fixed set per inner block: ROWS × COLS floats stay in the L1/L2 caches. */
  static final int COLS = 512;

  /** Receives the squared distances of one row of {@code a} to every fixed point. */
  @FunctionalInterface
  interface RowVisitor {
    /** Row {@code i} of {@code a}; {@code d2[j]} is its squared distance to fixed point j. */
    void visit(int i, float[] d2);
  }

  private final int n;
  private final int dim;
  private final float[] transposed;
  private final float[] norms;

  /** Prepares distances to the rows of {@code points} (all of one length). */
  SquaredDistances(float[][] points) {
    if (points.length == 0) {
      throw new IllegalArgumentException("distances need at least one point");
    }
    n = points.length;
    dim = points[0].length;
    transposed = new float[dim * n];
    norms = new float[n];
    for (int j = 0; j < n; j++) {
      float[] p = checked(points[j]);
      norms[j] = squaredNorm(p);
      for (int d = 0; d < dim; d++) {
        transposed[d * n + j] = p[d];
      }
    }
  }

  /** How many fixed points there are. */
  int size() {
    return n;
  }

  /**
   * Calls {@code visitor} once for every row of {@code a}, with its squared distances to all fixed
   * points (clamped at 0 against rounding). Rows are visited on several threads, each row once; the
   * array passed is reused after the call returns.
   */
  void forEachRow(float[][] a, RowVisitor visitor) {
    for (float[] row : a) {
      checked(row);
    }
    int blocks = (a.length + ROWS - 1) / ROWS;
    IntStream.range(0, blocks).parallel().forEach(b -> block(a, b * ROWS, visitor));
  }

  private void block(float[][] a, int from, RowVisitor visitor) {
    int rows = Math.min(ROWS, a.length - from);
    float[][] out = new float[rows][n];
    for (int j0 = 0; j0 < n; j0 += COLS) {
      int width = Math.min(COLS, n - j0);
      for (int d = 0; d < dim; d++) {
        int base = d * n + j0;
        for (int r = 0; r < rows; r++) {
          float x = a[from + r][d];
          if (x != 0) { // images are mostly black: skip the zero pixels' products
            axpy(x, transposed, base, out[r], j0, width);
          }
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      float[] row = out[r];
      float na = squaredNorm(a[from + r]);
      for (int j = 0; j < n; j++) {
        row[j] = Math.max(0f, na + norms[j] - 2 * row[j]);
      }
      visitor.visit(from + r, row);
    }
  }

  /** y[off + j] += x · b[base + j] for j in [0, width): the loop the JIT vectorizes. */
  private static void axpy(float x, float[] b, int base, float[] y, int off, int width) {
    for (int j = 0; j < width; j++) {
      y[off + j] += x * b[base + j];
    }
  }

  private float[] checked(float[] p) {
    if (p.length != dim) {
      throw new IllegalArgumentException("points have " + dim + " dimensions, one has " + p.length);
    }
    return p;
  }

  private static float squaredNorm(float[] p) {
    double s = 0;
    for (float v : p) {
      s += (double) v * v;
    }
    return (float) s;
  }
}
