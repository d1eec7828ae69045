package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PcaTest {

  /** Codes with variance 9 along (1,1,0)/√2, 1 along (1,−1,0)/√2, 0.01 along z3, mean (1,2,3). */
  private static float[][] elongatedCloud() {
    Random rnd = new Random(7);
    float[][] codes = new float[5000][];
    double r = Math.sqrt(0.5);
    for (int i = 0; i < codes.length; i++) {
      double a = 3 * rnd.nextGaussian();
      double b = rnd.nextGaussian();
      double c = 0.1 * rnd.nextGaussian();
      codes[i] =
          new float[] {(float) (1 + r * (a + b)), (float) (2 + r * (a - b)), (float) (3 + c)};
    }
    return codes;
  }

  @Test
  void findsTheDirectionsOfLargestVariance() {
    Pca pca = Pca.fit(elongatedCloud(), 3);
    double r = Math.sqrt(0.5);
    assertArrayEquals(new double[] {r, r, 0}, pca.firstComponent(), 0.02);
    double[] v2 = pca.secondComponent();
    assertEquals(1, Math.abs(v2[0] * r - v2[1] * r), 0.02);
    assertEquals(0.0, dot(pca.firstComponent(), v2), 1e-9);
    assertEquals(0.9, pca.explainedFirst(), 0.01);
    assertEquals(0.1, pca.explainedSecond(), 0.01);
    assertTrue(pca.xLabel().startsWith("PC 1 ("), pca.xLabel());
  }

  @Test
  void moveToChangesOnlyThePlaneComponents() {
    Pca pca = Pca.fit(elongatedCloud(), 3);
    float[] code = {0.5f, -1f, 3.7f};
    float[] moved = pca.moveTo(code, 2.0, -0.5);
    assertEquals(2.0, pca.x(moved), 1e-5);
    assertEquals(-0.5, pca.y(moved), 1e-5);
    // The part orthogonal to the plane (here essentially z3) is untouched.
    double[] n = cross(pca.firstComponent(), pca.secondComponent());
    assertEquals(dot(n, code), dot(n, moved), 1e-5);
  }

  @Test
  void liftPutsTheRestAtTheMean() {
    Pca pca = Pca.fit(elongatedCloud(), 3);
    float[] centre = pca.lift(0, 0);
    assertArrayEquals(new float[] {1, 2, 3}, centre, 0.1f);
    float[] p = pca.lift(1.5, -0.25);
    assertEquals(1.5, pca.x(p), 1e-5);
    assertEquals(-0.25, pca.y(p), 1e-5);
  }

  @Test
  void jacobiDiagonalisesASymmetricMatrix() {
    double[][] a = {{4, 1, 2}, {1, 3, 0}, {2, 0, 5}};
    double[][] copy = {{4, 1, 2}, {1, 3, 0}, {2, 0, 5}};
    double[][] v = new double[3][3];
    double[] values = SymmetricEigen.decompose(a, v);
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < 3; i++) {
        double av = 0;
        for (int j = 0; j < 3; j++) {
          av += copy[i][j] * v[j][k];
        }
        assertEquals(values[k] * v[i][k], av, 1e-10);
      }
    }
    assertEquals(12, values[0] + values[1] + values[2], 1e-10);
  }

  @Test
  void axisProjectionIsTheIdentityInTwoDimensions() {
    Projection p = Projection.fit(new float[][] {{1, 2}}, 2);
    assertEquals(1, p.x(new float[] {1, 2}));
    assertEquals(2, p.y(new float[] {1, 2}));
    assertArrayEquals(new float[] {3, 4}, p.moveTo(new float[] {1, 2}, 3, 4));
    assertEquals("z\u2081", p.xLabel());
    assertTrue(Projection.fit(new float[][] {{1, 2, 3}, {0, 1, 0}}, 3) instanceof Pca);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double dot(double[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double[] cross(double[] a, double[] b) {
    return new double[] {
      a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]
    };
  }
}
