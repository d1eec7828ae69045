package org.latentlab.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A digit drawn on the "Draw" tab's pad, as a scene keeps it: the strokes, and whether the drawing
 * is an endpoint of the interpolation.
 *
 * @param strokes the pen's strokes, oldest first
 * @param endpoint "A" or "B" when the drawing is that endpoint of the interpolation, else null
 */
public record SceneDrawing(List<SceneDrawing.Line> strokes, String endpoint) {
  /** The most strokes a scene keeps; a drawing is a few. */
  public static final int MAX_STROKES = 200;

  /** The most points per stroke. */
  public static final int MAX_POINTS = 5_000;

  /**
   * One stroke of the pen in pad pixels (0 to 280), kept to a tenth of a pixel.
   *
   * @param brush the line's width in pad pixels
   * @param xy the points as x0, y0, x1, y1, …
   */
  public record Line(double brush, double[] xy) {
    /** Checks the brush and the points. */
    public Line {
      if (!(brush > 0 && brush <= 100)) {
        throw new IllegalArgumentException("'brush' must be above 0 and at most 100, not " + brush);
      }
      if (xy == null || xy.length < 2 || xy.length % 2 != 0 || xy.length > 2 * MAX_POINTS) {
        throw new IllegalArgumentException(
            "'xy' needs pairs of numbers x, y (1 to " + MAX_POINTS + " points)");
      }
      for (double v : xy) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("'xy' needs finite numbers");
        }
      }
      // A tenth of a pad pixel is finer than the 28 × 28 digit can show; the file stays short.
      double[] rounded = new double[xy.length];
      for (int i = 0; i < xy.length; i++) {
        rounded[i] = Math.round(xy[i] * 10) / 10.0;
      }
      xy = rounded;
    }

    @Override
    public double[] xy() {
      return xy.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Line l && brush == l.brush && Arrays.equals(xy, l.xy);
    }

    @Override
    public int hashCode() {
      return Objects.hash(brush, Arrays.hashCode(xy));
    }
  }

  /** Checks the strokes and the endpoint. */
  public SceneDrawing {
    strokes = List.copyOf(strokes == null ? List.of() : strokes);
    if (strokes.isEmpty() || strokes.size() > MAX_STROKES) {
      throw new IllegalArgumentException(
          "'drawing.strokes' needs 1 to " + MAX_STROKES + " strokes");
    }
    if (endpoint != null && !endpoint.equals("A") && !endpoint.equals("B")) {
      throw new IllegalArgumentException(
          "'drawing.endpoint' must be \"A\" or \"B\", not \"" + endpoint + "\"");
    }
  }
}
