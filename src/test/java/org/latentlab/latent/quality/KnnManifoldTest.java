package org.latentlab.latent.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Precision, recall, density and coverage on synthetic "digits" whose answers are known: ten
 * classes, each a fixed prototype with Gaussian noise, judged against generators that return the
 * real images, noise, or one class only; and the k-NN radii against brute force.
 */
class KnnManifoldTest {
  private static final int DIM = 8;
  private static final float[][] PROTOTYPES = prototypes(10, DIM, 5);

  private static float[][] prototypes(int classes, int dim, long seed) {
    Random r = new Random(seed);
    float[][] p = new float[classes][dim];
    for (float[] row : p) {
      for (int d = 0; d < dim; d++) {
        row[d] = 4 * r.nextFloat();
      }
    }
    return p;
  }

  /** {@code n} images of the given classes in turn: prototype + N(0, 0.1²) per dimension. */
  private static float[][] digits(int n, int[] classes, long seed) {
    Random r = new Random(seed);
    float[][] out = new float[n][DIM];
    for (int i = 0; i < n; i++) {
      float[] p = PROTOTYPES[classes[i % classes.length]];
      for (int d = 0; d < DIM; d++) {
        out[i][d] = p[d] + (float) (0.1 * r.nextGaussian());
      }
    }
    return out;
  }

  private static final int[] ALL = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

  @Test
  void radiiAreTheDistanceToTheKthNearestOtherPointAsBruteForceFindsIt() {
    // 700 points: more than one block of rows and of columns, and a ragged last block of each.
    Random r = new Random(3);
    float[][] points = new float[700][13];
    for (float[] p : points) {
      for (int d = 0; d < p.length; d++) {
        p[d] = (float) r.nextGaussian();
      }
    }
    for (int k : new int[] {1, 3, 5}) {
      float[] fast = KnnManifold.radii(points, k);
      for (int i = 0; i < points.length; i++) {
        double[] d = new double[points.length - 1];
        int at = 0;
        for (int j = 0; j < points.length; j++) {
          if (j != i) {
            double s = 0;
            for (int c = 0; c < 13; c++) {
              double x = points[i][c] - points[j][c];
              s += x * x;
            }
            d[at++] = Math.sqrt(s);
          }
        }
        Arrays.sort(d);
        assertEquals(d[k - 1], fast[i], 1e-4, "point " + i + ", k = " + k);
      }
    }
  }

  @Test
  void aHandComputedExampleInOneDimension() {
    // Real 0, 1, 2, 3, 10 with k = 1: radii 1, 1, 1, 1, 7. Samples 0.5, 20, 10.5: radii 10, 9.5,
    // 9.5. 0.5 lies in the balls of 0 and 1, 10.5 in that of 10, 20 in none.
    KnnManifold real = KnnManifold.of(column(0, 1, 2, 3, 10), 1);
    KnnManifold fake = KnnManifold.of(column(0.5f, 20, 10.5f), 1);
    ManifoldScores s = real.score(fake);
    assertEquals(2 / 3.0, s.precision(), 1e-12, "two of three samples on the real manifold");
    assertEquals(1.0, s.recall(), 1e-12, "the ball of 0.5 (radius 10) holds every real point");
    assertEquals(3 / 3.0, s.density(), 1e-12, "three ball memberships over k M = 3");
    assertEquals(3 / 5.0, s.coverage(), 1e-12, "the balls of 0, 1 and 10 hold a sample");
    assertArrayEquals(
        new boolean[] {true, false, true, true, false},
        real.contains(column(0.5f, 20, 10.5f, 5, -5)));
  }

  @Test
  void theRealImagesThemselvesHavePrecisionRecallAndCoverageOne() {
    float[][] real = digits(3000, ALL, 1);
    ManifoldScores s = KnnManifold.of(real, 3).score(KnnManifold.of(real, 3));
    assertEquals(1.0, s.precision(), 1e-12);
    assertEquals(1.0, s.recall(), 1e-12);
    assertEquals(1.0, s.coverage(), 1e-12);
    assertTrue(s.density() > 0.9, "density " + s.density());
  }

  @Test
  void freshImagesOfTheSameKindScoreHighOnAllFour() {
    // As many samples as real images: each real ball then expects k samples, so coverage ≈ 1 − e⁻³.
    ManifoldScores s =
        KnnManifold.of(digits(3000, ALL, 1), 3).score(KnnManifold.of(digits(3000, ALL, 2), 3));
    assertTrue(s.precision() > 0.8, "precision " + s.precision());
    assertTrue(s.recall() > 0.8, "recall " + s.recall());
    assertTrue(s.coverage() > 0.8, "coverage " + s.coverage());
    assertEquals(1.0, s.density(), 0.25);
  }

  @Test
  void noiseIsNotRealistic() {
    Random r = new Random(4);
    float[][] noise = new float[1000][DIM];
    for (float[] p : noise) {
      for (int d = 0; d < DIM; d++) {
        p[d] = 4 * r.nextFloat();
      }
    }
    ManifoldScores s = KnnManifold.of(digits(3000, ALL, 1), 3).score(KnnManifold.of(noise, 3));
    assertTrue(s.precision() < 0.02, "precision " + s.precision());
    assertTrue(s.density() < 0.02, "density " + s.density());
    assertTrue(s.coverage() < 0.05, "coverage " + s.coverage());
  }

  @Test
  void oneClassIsRealisticButCoversATenthOfTheRealImages() {
    ManifoldScores s =
        KnnManifold.of(digits(3000, ALL, 1), 3)
            .score(KnnManifold.of(digits(1000, new int[] {7}, 2), 3));
    assertTrue(s.precision() > 0.8, "precision " + s.precision());
    assertTrue(s.recall() < 0.15, "recall " + s.recall());
    assertTrue(s.coverage() < 0.15, "coverage " + s.coverage());
  }

  private static float[][] column(float... xs) {
    float[][] out = new float[xs.length][];
    for (int i = 0; i < xs.length; i++) {
      out[i] = new float[] {xs[i]};
    }
    return out;
  }
}
