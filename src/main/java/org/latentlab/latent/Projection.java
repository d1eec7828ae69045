package org.latentlab.latent;

/**
 * How a latent code of any size is shown on a 2-D plane, and how a point picked on the plane
 * becomes a code again.
 *
 * <p>For one or two latent dimensions the plane shows the code itself; for more it shows the first
 * two principal components of the data's codes ({@link Pca}).
 */
public interface Projection {

  /** The size of the codes this projection takes. */
  int latentDim();

  /** Plane x of a code. */
  double x(float[] code);

  /** Plane y of a code. */
  double y(float[] code);

  /**
   * The code that projects to (x, y) and differs from {@code code} only within the plane, so that
   * dragging a cursor keeps the dimensions the plane does not show.
   */
  float[] moveTo(float[] code, double x, double y);

  /** The code at (x, y) with everything the plane does not show at its centre (0 or the mean). */
  float[] lift(double x, double y);

  /**
   * The latent direction of the plane's x axis: plane x is affine in the code, {@code x(code) =
   * x(0) + xAxis() · code}. Linear maps of Gaussians stay Gaussian, so this is what projects a
   * posterior or the prior onto the plane ({@link PlaneGaussian}).
   */
  double[] xAxis();

  /** The latent direction of the plane's y axis, as {@link #xAxis()}. */
  double[] yAxis();

  /** The name of the horizontal axis ("z1", "PC 1 (61%)"). */
  String xLabel();

  /** The name of the vertical axis. */
  String yLabel();

  /** The natural projection for these codes: the codes themselves up to 2-D, PCA above. */
  static Projection fit(float[][] codes, int latentDim) {
    return latentDim <= 2 ? new AxisProjection(latentDim) : Pca.fit(codes, latentDim);
  }

  /** Projects every code, writing plane x into {@code xs} and plane y into {@code ys}. */
  default void projectAll(float[][] codes, float[] xs, float[] ys) {
    for (int i = 0; i < codes.length; i++) {
      xs[i] = (float) x(codes[i]);
      ys[i] = (float) y(codes[i]);
    }
  }
}
