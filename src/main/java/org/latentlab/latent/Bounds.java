package org.latentlab.latent;

/**
 * An axis-aligned rectangle in a latent plane: the visible area of a scatter, the extent of a grid.
 *
 * <p>Always non-empty: a degenerate extent (all points equal) is widened to a unit square.
 *
 * @param xMin left edge
 * @param xMax right edge, greater than {@code xMin}
 * @param yMin bottom edge
 * @param yMax top edge, greater than {@code yMin}
 */
public record Bounds(double xMin, double xMax, double yMin, double yMax) {

  /** Rejects empty or non-finite rectangles. */
  public Bounds {
    if (!(Double.isFinite(xMin)
        && Double.isFinite(xMax)
        && Double.isFinite(yMin)
        && Double.isFinite(yMax))) {
      throw new IllegalArgumentException(
          "bounds must be finite: " + xMin + ".." + xMax + ", " + yMin + ".." + yMax);
    }
    if (!(xMax > xMin && yMax > yMin)) {
      throw new IllegalArgumentException(
          "bounds must be non-empty: " + xMin + ".." + xMax + ", " + yMin + ".." + yMax);
    }
  }

  /** A rectangle centred on (cx, cy) with the given half-width and half-height. */
  public static Bounds around(double cx, double cy, double halfWidth, double halfHeight) {
    return new Bounds(cx - halfWidth, cx + halfWidth, cy - halfHeight, cy + halfHeight);
  }

  /** The smallest rectangle holding every point, widened where it would be empty. */
  public static Bounds of(float[] xs, float[] ys) {
    return percentile(xs, ys, 0, 100);
  }

  /**
   * The rectangle between the {@code low} and {@code high} percentiles of each coordinate, so that
   * a few outlying codes do not shrink the bulk of the data to a corner.
   *
   * @param low lower percentile in [0, 100]
   * @param high upper percentile in [low, 100]
   */
  public static Bounds percentile(float[] xs, float[] ys, double low, double high) {
    if (xs.length == 0) {
      return new Bounds(-1, 1, -1, 1);
    }
    double x0 = Percentiles.of(xs, low);
    double x1 = Percentiles.of(xs, high);
    double y0 = Percentiles.of(ys, low);
    double y1 = Percentiles.of(ys, high);
    return widened(x0, x1, y0, y1);
  }

  private static Bounds widened(double x0, double x1, double y0, double y1) {
    if (!(x1 > x0)) {
      x0 -= 0.5;
      x1 += 0.5;
    }
    if (!(y1 > y0)) {
      y0 -= 0.5;
      y1 += 0.5;
    }
    return new Bounds(x0, x1, y0, y1);
  }

  /** Width in data units. */
  public double width() {
    return xMax - xMin;
  }

  /** Height in data units. */
  public double height() {
    return yMax - yMin;
  }

  /** Whether (x, y) lies inside or on the edge. */
  public boolean contains(double x, double y) {
    return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
  }

  /** This rectangle grown by {@code fraction} of its size on every side. */
  public Bounds padded(double fraction) {
    double dx = width() * fraction;
    double dy = height() * fraction;
    return new Bounds(xMin - dx, xMax + dx, yMin - dy, yMax + dy);
  }

  /** The smallest rectangle holding this one and {@code other}. */
  public Bounds union(Bounds other) {
    return new Bounds(
        Math.min(xMin, other.xMin),
        Math.max(xMax, other.xMax),
        Math.min(yMin, other.yMin),
        Math.max(yMax, other.yMax));
  }

  /**
   * Zooms about a fixed point: (x, y) stays where it is on screen.
   *
   * @param factor above 1 zooms in (shows less), below 1 zooms out
   */
  public Bounds zoom(double factor, double x, double y) {
    if (!(factor > 0) || !Double.isFinite(factor)) {
      throw new IllegalArgumentException("zoom factor must be positive: " + factor);
    }
    return new Bounds(
        x - (x - xMin) / factor,
        x + (xMax - x) / factor,
        y - (y - yMin) / factor,
        y + (yMax - y) / factor);
  }

  /**
   * The smallest rectangle with the same centre that holds this one and whose width / height is
   * {@code aspect}: what to show on a viewport of that shape with equal units per pixel on both
   * axes.
   */
  public Bounds fitAspect(double aspect) {
    checkAspect(aspect);
    double w = Math.max(width(), height() * aspect);
    double h = w / aspect;
    return around(xMin + width() / 2, yMin + height() / 2, w / 2, h / 2);
  }

  /**
   * The rectangle with the same centre and area whose width / height is {@code aspect}, so that a
   * viewport can change shape repeatedly without the view drifting larger or smaller.
   */
  public Bounds withAspect(double aspect) {
    checkAspect(aspect);
    double area = width() * height();
    double w = Math.sqrt(area * aspect);
    double h = Math.sqrt(area / aspect);
    return around(xMin + width() / 2, yMin + height() / 2, w / 2, h / 2);
  }

  private static void checkAspect(double aspect) {
    if (!(aspect > 0) || !Double.isFinite(aspect)) {
      throw new IllegalArgumentException("aspect must be positive: " + aspect);
    }
  }

  /** This rectangle moved by (dx, dy) data units. */
  public Bounds pan(double dx, double dy) {
    return new Bounds(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
  }
}
