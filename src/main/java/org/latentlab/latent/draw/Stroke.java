package org.latentlab.latent.draw;

import java.util.Arrays;

/**
 * One stroke of the pen on the drawing pad: the points it passed through, in pad pixels, drawn with
 * a round brush {@code brush} pixels wide.
 *
 * @param brush the line's width in pad pixels
 * @param xy the points as x0, y0, x1, y1, …; one point is a dot
 */
public record Stroke(double brush, double[] xy) {

  /** Checks the brush and copies the points, so a stroke never changes once made. */
  public Stroke {
    if (!(brush > 0) || xy.length < 2 || xy.length % 2 != 0) {
      throw new IllegalArgumentException("a stroke needs a brush and at least one point");
    }
    xy = xy.clone();
  }

  /** The stroke continued to (x, y). */
  public Stroke to(double x, double y) {
    double[] more = Arrays.copyOf(xy, xy.length + 2);
    more[xy.length] = x;
    more[xy.length + 1] = y;
    return new Stroke(brush, more);
  }

  /** How many points it has. */
  public int points() {
    return xy.length / 2;
  }

  /** The points (a copy). */
  @Override
  public double[] xy() {
    return xy.clone();
  }
}
