package org.latentlab.latent;

/**
 * A Gaussian as a latent plane shows it: mean and 2 × 2 covariance in plane coordinates.
 *
 * <p>A VAE's posterior q(z|x) = N(μ, diag σ²) lives in the full latent space. The plane is an
 * affine map of the code ({@link Projection#xAxis()}, {@link Projection#yAxis()}), and an affine
 * map A of a Gaussian is again Gaussian, with covariance A Σ Aᵀ. So:
 *
 * <ul>
 *   <li>with a 2-D latent space the plane is the space itself, and the ellipses are axis-aligned
 *       with half-axes k·σ₁ and k·σ₂;
 *   <li>with more dimensions the plane shows the first two principal components, and the ellipse is
 *       the exact marginal of q(z|x) in that plane; it may be tilted, because σ's axes are the
 *       latent axes, not the components.
 * </ul>
 *
 * <p>The k-σ contour is {(p − m)ᵀ C⁻¹ (p − m) = k²}. In two dimensions it holds 1 − e^{−k²/2} of
 * the mass: 39% at 1σ, 86% at 2σ, 99% at 3σ (not the 68/95/99.7% of a single dimension).
 *
 * @param meanX plane x of the mean
 * @param meanY plane y of the mean
 * @param varX variance along plane x
 * @param covXY covariance of plane x and y
 * @param varY variance along plane y
 */
public record PlaneGaussian(double meanX, double meanY, double varX, double covXY, double varY) {

  /** Rejects covariances that are not positive semi-definite. */
  public PlaneGaussian {
    double det = varX * varY - covXY * covXY;
    if (!(varX >= 0 && varY >= 0 && det >= -1e-12 * Math.max(1, varX * varY))) {
      throw new IllegalArgumentException("not a covariance: " + varX + ", " + covXY + ", " + varY);
    }
  }

  /**
   * The plane's view of N(μ, diag exp(logVar)).
   *
   * @param projection how codes map to the plane
   * @param mu the mean, a full latent code
   * @param logVar log σ² per dimension
   */
  public static PlaneGaussian of(Projection projection, float[] mu, float[] logVar) {
    int dim = projection.latentDim();
    if (mu.length != dim || logVar.length != dim) {
      throw new IllegalArgumentException(
          "the projection takes " + dim + "-D codes, not " + mu.length + "/" + logVar.length);
    }
    double[] variance = new double[dim];
    for (int i = 0; i < dim; i++) {
      variance[i] = Math.exp(logVar[i]);
    }
    return project(projection, mu, variance);
  }

  /** The plane's view of the prior N(0, I). */
  public static PlaneGaussian standardNormal(Projection projection) {
    int dim = projection.latentDim();
    double[] ones = new double[dim];
    java.util.Arrays.fill(ones, 1);
    return project(projection, new float[dim], ones);
  }

  private static PlaneGaussian project(Projection p, float[] mean, double[] variance) {
    double[] a = p.xAxis();
    double[] b = p.yAxis();
    double xx = 0;
    double xy = 0;
    double yy = 0;
    for (int i = 0; i < variance.length; i++) {
      xx += a[i] * a[i] * variance[i];
      xy += a[i] * b[i] * variance[i];
      yy += b[i] * b[i] * variance[i];
    }
    return new PlaneGaussian(p.x(mean), p.y(mean), xx, xy, yy);
  }

  /** The k-σ contour: the ellipse (p − m)ᵀ C⁻¹ (p − m) = k². */
  public Ellipse contour(double k) {
    if (!(k > 0) || !Double.isFinite(k)) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    // Eigen-decomposition of the symmetric 2 × 2 covariance.
    double mid = (varX + varY) / 2;
    double half = Math.hypot((varX - varY) / 2, covXY);
    double major = mid + half;
    double minor = Math.max(0, mid - half);
    double angle = half == 0 ? 0 : 0.5 * Math.atan2(2 * covXY, varX - varY);
    return new Ellipse(meanX, meanY, k * Math.sqrt(major), k * Math.sqrt(minor), angle);
  }

  /** The squared Mahalanobis distance of plane point (x, y) from the mean. */
  public double mahalanobis2(double x, double y) {
    double dx = x - meanX;
    double dy = y - meanY;
    double det = varX * varY - covXY * covXY;
    return (varY * dx * dx - 2 * covXY * dx * dy + varX * dy * dy) / det;
  }
}
