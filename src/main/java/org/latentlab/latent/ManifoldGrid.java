package org.latentlab.latent;

/**
 * An n × n grid of plane points to decode into a mosaic of images ("the learned manifold"). Tiles
 * are numbered row by row from the top-left, so tile (row, col) is {@code row * n + col} and the
 * top row has the largest y, as on screen.
 *
 * @param n tiles per side
 * @param xs plane x of each column, left to right
 * @param ys plane y of each row, top to bottom (descending)
 */
public record ManifoldGrid(int n, double[] xs, double[] ys) {

  /** Rejects mismatched sizes. */
  public ManifoldGrid {
    if (n < 1 || xs.length != n || ys.length != n) {
      throw new IllegalArgumentException("a grid needs n ≥ 1 and n coordinates per axis");
    }
    xs = xs.clone();
    ys = ys.clone();
  }

  /** A grid whose tiles split {@code area} into n × n equal cells, each decoded at its centre. */
  public static ManifoldGrid over(Bounds area, int n) {
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = area.xMin() + (i + 0.5) * area.width() / n;
      ys[i] = area.yMax() - (i + 0.5) * area.height() / n;
    }
    return new ManifoldGrid(n, xs, ys);
  }

  /**
   * The grid through the inverse Gaussian CDF: cell centres u = (i + ½)/n of the unit square mapped
   * by Φ⁻¹, so every tile stands for the same prior mass (Kingma and Welling 2014, Fig. 4).
   */
  public static ManifoldGrid gaussian(int n) {
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      double u = (i + 0.5) / n;
      xs[i] = NormalDistribution.inverseCdf(u);
      ys[i] = NormalDistribution.inverseCdf(1 - u);
    }
    return new ManifoldGrid(n, xs, ys);
  }

  /** The number of tiles, n². */
  public int tiles() {
    return n * n;
  }

  /** Plane x of tile {@code k}. */
  public double x(int k) {
    return xs[k % n];
  }

  /** Plane y of tile {@code k}. */
  public double y(int k) {
    return ys[k / n];
  }

  /** The code of every tile, row by row, lifted from the plane by {@code projection}. */
  public float[][] codes(Projection projection) {
    float[][] out = new float[tiles()][];
    for (int k = 0; k < out.length; k++) {
      out[k] = projection.lift(x(k), y(k));
    }
    return out;
  }

  @Override
  public double[] xs() {
    return xs.clone();
  }

  @Override
  public double[] ys() {
    return ys.clone();
  }
}
