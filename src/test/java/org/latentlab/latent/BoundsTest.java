package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoundsTest {

  @Test
  void zoomKeepsThePointUnderTheMouseInPlace() {
    Bounds b = new Bounds(-4, 4, -2, 6);
    ScreenTransform before = new ScreenTransform(b, 0, 0, 800, 800);
    double sx = before.screenX(1.5);
    double sy = before.screenY(3.0);
    Bounds zoomed = b.zoom(2, 1.5, 3.0);
    ScreenTransform after = new ScreenTransform(zoomed, 0, 0, 800, 800);
    assertEquals(4, zoomed.width(), 1e-12);
    assertEquals(sx, after.screenX(1.5), 1e-9);
    assertEquals(sy, after.screenY(3.0), 1e-9);
  }

  @Test
  void panMovesWithoutResizing() {
    Bounds b = new Bounds(0, 2, 0, 1).pan(1, -1);
    assertEquals(new Bounds(1, 3, -1, 0), b);
  }

  @Test
  void percentileBoundsIgnoreFarOutliers() {
    float[] xs = new float[1000];
    float[] ys = new float[1000];
    for (int i = 0; i < 1000; i++) {
      xs[i] = i / 1000f;
      ys[i] = -i / 1000f;
    }
    xs[0] = -1e6f;
    ys[999] = -1e6f;
    Bounds b = Bounds.percentile(xs, ys, 1, 99);
    assertTrue(b.xMin() > -0.1 && b.xMax() < 1.01, b.toString());
    assertTrue(b.yMin() > -1.01 && b.yMax() <= 0.0, b.toString());
  }

  @Test
  void degenerateExtentBecomesAUnitSquare() {
    Bounds b = Bounds.of(new float[] {2, 2}, new float[] {3, 3});
    assertEquals(new Bounds(1.5, 2.5, 2.5, 3.5), b);
  }

  @Test
  void rejectsEmptyAndNonFinite() {
    assertThrows(IllegalArgumentException.class, () -> new Bounds(1, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Bounds(0, Double.NaN, 0, 1));
  }

  @Test
  void paddedAndUnion() {
    assertEquals(new Bounds(-0.1, 1.1, -0.2, 2.2), new Bounds(0, 1, 0, 2).padded(0.1));
    assertEquals(new Bounds(-1, 2, 0, 3), new Bounds(-1, 1, 0, 1).union(new Bounds(0, 2, 1, 3)));
  }

  @Test
  void fitAspectContainsTheViewWithEqualUnitsPerPixel() {
    Bounds b = new Bounds(-1, 1, -3, 3).fitAspect(2);
    assertEquals(new Bounds(-6, 6, -3, 3), b);
    Bounds wide = new Bounds(0, 8, 0, 1).fitAspect(2);
    assertEquals(new Bounds(0, 8, -1.5, 2.5), wide);
  }

  @Test
  void withAspectKeepsCentreAndAreaSoResizesDoNotDrift() {
    Bounds b = new Bounds(-2, 2, -1, 1);
    Bounds square = b.withAspect(1);
    assertEquals(8, square.width() * square.height(), 1e-9);
    assertEquals(square.width(), square.height(), 1e-9);
    assertEquals(b.width(), square.withAspect(2).width(), 1e-9);
  }
}
