package org.latentlab.latent;

/**
 * The identity view of a 1-D or 2-D latent space: plane x is z1, plane y is z2 (always 0 for a 1-D
 * code).
 */
public final class AxisProjection implements Projection {
  private final int dim;

  /**
   * A projection for codes of size 1 or 2.
   *
   * @param dim the latent size, 1 or 2
   */
  public AxisProjection(int dim) {
    if (dim < 1 || dim > 2) {
      throw new IllegalArgumentException("axis projection needs 1 or 2 dimensions, not " + dim);
    }
    this.dim = dim;
  }

  @Override
  public int latentDim() {
    return dim;
  }

  @Override
  public double x(float[] code) {
    return code[0];
  }

  @Override
  public double y(float[] code) {
    return dim > 1 ? code[1] : 0;
  }

  @Override
  public float[] moveTo(float[] code, double x, double y) {
    return lift(x, y);
  }

  @Override
  public float[] lift(double x, double y) {
    return dim > 1 ? new float[] {(float) x, (float) y} : new float[] {(float) x};
  }

  @Override
  public double[] xAxis() {
    double[] a = new double[dim];
    a[0] = 1;
    return a;
  }

  @Override
  public double[] yAxis() {
    double[] a = new double[dim];
    if (dim > 1) {
      a[1] = 1;
    }
    return a;
  }

  @Override
  public String xLabel() {
    return "z\u2081";
  }

  @Override
  public String yLabel() {
    return dim > 1 ? "z\u2082" : "";
  }
}
