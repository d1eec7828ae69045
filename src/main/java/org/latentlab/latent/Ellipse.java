package org.latentlab.latent;

/**
 * An ellipse in a latent plane: the k-σ contour of a 2-D Gaussian ({@link PlaneGaussian#contour}).
 *
 * @param centreX plane x of the centre
 * @param centreY plane y of the centre
 * @param semiMajor the longer half-axis, in plane units
 * @param semiMinor the shorter half-axis (0 for a Gaussian that is flat in one direction)
 * @param angle the direction of the major axis, radians counter-clockwise from plane x
 */
public record Ellipse(
    double centreX, double centreY, double semiMajor, double semiMinor, double angle) {

  /** Rejects negative or non-finite sizes. */
  public Ellipse {
    if (!(semiMajor >= semiMinor && semiMinor >= 0 && Double.isFinite(semiMajor))) {
      throw new IllegalArgumentException(
          "half-axes must satisfy major >= minor >= 0: " + semiMajor + ", " + semiMinor);
    }
  }

  /** Whether the axes are the plane's axes (up to a quarter turn). */
  public boolean isAxisAligned() {
    double quarter = Math.abs(Math.IEEEremainder(angle, Math.PI / 2));
    return quarter < 1e-12 || semiMajor - semiMinor < 1e-12 * Math.max(1, semiMajor);
  }

  /** {@code n} points around the ellipse, evenly spaced in the parametric angle. */
  public double[][] outline(int n) {
    if (n < 3) {
      throw new IllegalArgumentException("an outline needs at least 3 points, not " + n);
    }
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      double t = 2 * Math.PI * i / n;
      double u = semiMajor * Math.cos(t);
      double v = semiMinor * Math.sin(t);
      out[i] = new double[] {centreX + u * c - v * s, centreY + u * s + v * c};
    }
    return out;
  }

  /** The smallest axis-aligned rectangle holding the ellipse (widened where it is flat). */
  public Bounds bounds() {
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    double hx = Math.hypot(semiMajor * c, semiMinor * s);
    double hy = Math.hypot(semiMajor * s, semiMinor * c);
    return Bounds.around(centreX, centreY, Math.max(hx, 1e-9), Math.max(hy, 1e-9));
  }
}
