package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InterpolationTest {
  private final float[] a = {2, 0};
  private final float[] b = {0, 2};

  @Test
  void linearPathIsEvenlySpacedWithBothEnds() {
    float[][] path = Interpolation.path(Interpolation.Mode.LINEAR, a, b, 5);
    assertEquals(5, path.length);
    assertArrayEquals(a, path[0]);
    assertArrayEquals(b, path[4]);
    assertArrayEquals(new float[] {1, 1}, path[2], 1e-6f);
    assertArrayEquals(new float[] {1.5f, 0.5f}, path[1], 1e-6f);
  }

  @Test
  void sphericalPathStaysOnTheCircleBetweenCodesOfEqualNorm() {
    float[][] path = Interpolation.path(Interpolation.Mode.SPHERICAL, a, b, 7);
    assertArrayEquals(a, path[0], 1e-6f);
    assertArrayEquals(b, path[6], 1e-6f);
    for (float[] p : path) {
      assertEquals(2, Math.hypot(p[0], p[1]), 1e-5);
    }
    float[] mid = path[3];
    assertArrayEquals(new float[] {(float) Math.sqrt(2), (float) Math.sqrt(2)}, mid, 1e-5f);
  }

  @Test
  void slerpFallsBackToLerpWhereTheAngleIsUndefined() {
    float[] zero = {0, 0};
    assertArrayEquals(new float[] {1, 0}, Interpolation.slerp(zero, a, 0.5), 1e-6f);
    float[] opposite = {-2, 0};
    assertArrayEquals(new float[] {0, 0}, Interpolation.slerp(a, opposite, 0.5), 1e-6f);
  }

  @Test
  void rejectsMismatchedCodesAndShortPaths() {
    assertThrows(IllegalArgumentException.class, () -> Interpolation.lerp(a, new float[3], 0.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> Interpolation.path(Interpolation.Mode.LINEAR, a, b, 1));
  }
}
