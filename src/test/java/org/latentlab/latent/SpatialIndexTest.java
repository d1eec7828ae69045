package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpatialIndexTest {

  @Test
  void agreesWithBruteForceOnRandomQueries() {
    Random rnd = new Random(3);
    int n = 20_000;
    float[] xs = new float[n];
    float[] ys = new float[n];
    for (int i = 0; i < n; i++) {
      xs[i] = (float) (rnd.nextGaussian() * 2);
      ys[i] = (float) (rnd.nextGaussian() * 0.5);
    }
    SpatialIndex index = SpatialIndex.build(xs, ys);
    for (int q = 0; q < 500; q++) {
      double x = rnd.nextGaussian() * 3;
      double y = rnd.nextGaussian();
      double rx = 0.02 + rnd.nextDouble() * 0.1;
      double ry = 0.01 + rnd.nextDouble() * 0.05;
      int expected = bruteForce(xs, ys, x, y, rx, ry);
      int actual = index.nearest(x, y, rx, ry);
      if (expected < 0) {
        assertEquals(-1, actual);
      } else {
        assertEquals(
            distance(xs, ys, expected, x, y, rx, ry),
            distance(xs, ys, actual, x, y, rx, ry),
            1e-12);
      }
    }
  }

  @Test
  void nothingNearFarAwayOrWithAnEmptySet() {
    SpatialIndex index = SpatialIndex.build(new float[] {0, 1}, new float[] {0, 1});
    assertEquals(-1, index.nearest(10, 10, 0.5, 0.5));
    assertEquals(1, index.nearest(1.1, 0.95, 0.5, 0.5));
    assertEquals(-1, SpatialIndex.build(new float[0], new float[0]).nearest(0, 0, 1, 1));
  }

  private static int bruteForce(float[] xs, float[] ys, double x, double y, double rx, double ry) {
    int best = -1;
    double bestD = 1;
    for (int i = 0; i < xs.length; i++) {
      double d = distance(xs, ys, i, x, y, rx, ry);
      if (d <= bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  private static double distance(
      float[] xs, float[] ys, int i, double x, double y, double rx, double ry) {
    double dx = (xs[i] - x) / rx;
    double dy = (ys[i] - y) / ry;
    return dx * dx + dy * dy;
  }
}
