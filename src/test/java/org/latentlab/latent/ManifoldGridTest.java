package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ManifoldGridTest {

  @Test
  void tilesSplitTheAreaAndRunRowByRowFromTheTopLeft() {
    ManifoldGrid g = ManifoldGrid.over(new Bounds(0, 4, 0, 2), 4);
    assertEquals(16, g.tiles());
    assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5}, g.xs(), 1e-12);
    assertArrayEquals(new double[] {1.75, 1.25, 0.75, 0.25}, g.ys(), 1e-12);
    assertEquals(0.5, g.x(0), 1e-12);
    assertEquals(1.75, g.y(0), 1e-12);
    assertEquals(3.5, g.x(15), 1e-12);
    assertEquals(0.25, g.y(15), 1e-12);
  }

  @Test
  void gaussianGridIsTheInverseCdfOfEvenlySpacedProbabilities() {
    ManifoldGrid g = ManifoldGrid.gaussian(20);
    assertEquals(-1.9599639845400538, g.xs()[0], 1e-9);
    assertEquals(1.9599639845400536, g.ys()[0], 1e-9);
    for (int i = 0; i < 20; i++) {
      assertEquals(-g.xs()[i], g.xs()[19 - i], 1e-9);
      assertEquals(g.xs()[i], -g.ys()[i], 1e-9);
    }
  }

  @Test
  void codesAreLiftedThroughTheProjection() {
    float[][] codes = ManifoldGrid.over(new Bounds(-1, 1, -1, 1), 2).codes(new AxisProjection(2));
    assertArrayEquals(new float[] {-0.5f, 0.5f}, codes[0]);
    assertArrayEquals(new float[] {0.5f, -0.5f}, codes[3]);
  }
}
