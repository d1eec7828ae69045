package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScreenTransformTest {
  private final ScreenTransform t = new ScreenTransform(new Bounds(-3, 3, -1, 5), 50, 10, 600, 300);

  @Test
  void cornersMapToTheScreenRectangleWithYUp() {
    assertEquals(50, t.screenX(-3), 1e-12);
    assertEquals(650, t.screenX(3), 1e-12);
    assertEquals(10, t.screenY(5), 1e-12);
    assertEquals(310, t.screenY(-1), 1e-12);
  }

  @Test
  void screenAndDataRoundTrip() {
    for (double x = -3; x <= 3; x += 0.37) {
      assertEquals(x, t.dataX(t.screenX(x)), 1e-12);
      assertEquals(x + 2, t.dataY(t.screenY(x + 2)), 1e-12);
    }
    assertEquals(0.01, t.unitsPerPixelX(), 1e-12);
    assertEquals(0.02, t.unitsPerPixelY(), 1e-12);
    assertTrue(t.containsScreen(51, 11));
  }
}
