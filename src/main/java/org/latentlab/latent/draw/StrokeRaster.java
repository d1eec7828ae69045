package org.latentlab.latent.draw;

import java.util.List;

/**
 * Strokes painted onto a square grid of grey levels as the pad shows them: white round-capped lines
 * on black, their edges anti-aliased by how much of each pixel the line covers.
 */
public final class StrokeRaster {
  private StrokeRaster() {}

  /**
   * The {@code size × size} image of {@code strokes} over {@code backdrop}.
   *
   * @param backdrop {@code size * size} grey levels under the strokes (an opened image), or null
   */
  public static float[] paint(List<Stroke> strokes, float[] backdrop, int size) {
    float[] px = backdrop == null ? new float[size * size] : backdrop.clone();
    for (Stroke s : strokes) {
      double[] xy = s.xy();
      double r = s.brush() / 2;
      if (xy.length == 2) {
        segment(px, size, xy[0], xy[1], xy[0], xy[1], r);
      }
      for (int i = 2; i < xy.length; i += 2) {
        segment(px, size, xy[i - 2], xy[i - 1], xy[i], xy[i + 1], r);
      }
    }
    return px;
  }

  /** Paints the capsule of radius r around segment a–b (lighten: the brighter grey wins). */
  private static void segment(
      float[] px, int size, double ax, double ay, double bx, double by, double r) {
    int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - r - 1));
    int x1 = Math.min(size - 1, (int) Math.ceil(Math.max(ax, bx) + r + 1));
    int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - r - 1));
    int y1 = Math.min(size - 1, (int) Math.ceil(Math.max(ay, by) + r + 1));
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        double cx = x + 0.5 - ax;
        double cy = y + 0.5 - ay;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (cx * dx + cy * dy) / len2));
        double d = Math.hypot(cx - t * dx, cy - t * dy);
        // A pixel half inside the edge is half grey: coverage falls from 1 to 0 over one pixel.
        float cover = (float) Math.max(0, Math.min(1, r + 0.5 - d));
        int p = y * size + x;
        if (cover > px[p]) {
          px[p] = cover;
        }
      }
    }
  }
}
