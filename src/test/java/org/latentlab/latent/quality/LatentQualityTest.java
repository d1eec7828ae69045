package org.latentlab.latent.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.AxisProjection;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.GaussianFit;
import org.latentlab.latent.ManifoldGrid;
import org.latentlab.latent.Pca;

/**
 * Each metric on synthetic decoders whose holes, jumps and losses are planted, so the right answer
 * is known: the metrics must find exactly that.
 */
class LatentQualityTest {
  private static final LatentQuality QUALITY = LatentQuality.standard();
  private static final Classifier C = PlantedHoles.CLASSIFIER;

  /** The fraction of the 50 × 50 cell centres over {@code box} within r of (cx, cy). */
  private static double cellsInDisc(Bounds box, double cx, double cy, double r) {
    ManifoldGrid grid = ManifoldGrid.over(box, 50);
    int inside = 0;
    for (int k = 0; k < grid.tiles(); k++) {
      double dx = grid.x(k) - cx;
      double dy = grid.y(k) - cy;
      if (dx * dx + dy * dy < r * r) {
        inside++;
      }
    }
    return inside / 2500.0;
  }

  @Test
  void holeFractionIsExactlyTheShareOfCellsInsideThePlantedDisc() {
    float[][] codes = PlantedHoles.uniformCodes(4000, 2, 7);
    Decoder decoder = PlantedHoles.holeAt(new float[] {0.5f, -0.25f}, 0.8);
    QualityReport r = QUALITY.measure(PlantedHoles.subject(false, decoder), codes, codes, null, C);

    float[] xs = new float[codes.length];
    float[] ys = new float[codes.length];
    new AxisProjection(2).projectAll(codes, xs, ys);
    Bounds box = Bounds.percentile(xs, ys, 1, 99);
    assertEquals(box, r.holeMap().area(), "the grid spans the 1st-99th percentile box");
    double expected = cellsInDisc(box, 0.5, -0.25, 0.8);
    assertEquals(expected, r.scores().holeFraction(), 1e-12);
    // ... which is the disc's share of the box, up to the grid's resolution.
    assertEquals(Math.PI * 0.64 / (box.width() * box.height()), expected, 0.01);
  }

  @Test
  void holeMapMarksEveryCellOfTheDiscAndNoOther() {
    Bounds area = new Bounds(-2, 2, -2, 2);
    HoleMap map =
        HoleMap.compute(
            area, 20, new AxisProjection(2), PlantedHoles.holeAt(new float[] {-1, 1}, 0.7), C, 64);
    ManifoldGrid grid = ManifoldGrid.over(area, 20);
    for (int row = 0; row < 20; row++) {
      for (int col = 0; col < 20; col++) {
        int k = row * 20 + col;
        boolean inDisc = Math.hypot(grid.x(k) + 1, grid.y(k) - 1) < 0.7;
        assertEquals(inDisc ? 0.1f : 1f, map.confidence(row, col), 1e-6, "cell " + row + "," + col);
        if (!inDisc) {
          assertEquals(
              PlantedHoles.sector(new float[] {(float) grid.x(k), (float) grid.y(k)}),
              map.label(row, col));
        }
      }
    }
  }

  @Test
  void aHoleOutsideTheBoxIsNotCountedAndAHoleOverItIsEverything() {
    float[][] codes = PlantedHoles.uniformCodes(2000, 1, 3);
    QualityReport none =
        QUALITY.measure(
            PlantedHoles.subject(false, PlantedHoles.holeAt(new float[] {5, 5}, 1)),
            codes,
            codes,
            null,
            C);
    assertEquals(0.0, none.scores().holeFraction());
    assertEquals(1.0, none.scores().completeness());
    QualityReport all =
        QUALITY.measure(
            PlantedHoles.subject(false, PlantedHoles.holeAt(new float[] {0, 0}, 10)),
            codes,
            codes,
            null,
            C);
    assertEquals(1.0, all.scores().holeFraction());
    assertEquals(0.0, all.scores().completeness());
  }

  @Test
  void completenessSamplesTheFittedGaussianWithItsFullCovariance() {
    // Strongly correlated codes (ρ = 0.9) and a hole that is the Mahalanobis ball of radius 1 of
    // their true distribution: a fitted Gaussian puts exp(−1/2) = 0.607 of its mass outside it. A
    // fit that ignored the correlation would sample a rounder cloud and land near 0.83.
    double l00 = 2;
    double l10 = 0.9 * 0.5;
    double l11 = Math.sqrt(1 - 0.81) * 0.5;
    float[] mean = {1, -2};
    float[][] codes = PlantedHoles.gaussianCodes(20_000, mean, l00, l10, l11, 11);
    double[][] sigma = {{l00 * l00, l00 * l10}, {l00 * l10, l10 * l10 + l11 * l11}};
    Decoder decoder = PlantedHoles.holeInEllipse(mean, sigma, 1);
    QualityReport r = QUALITY.measure(PlantedHoles.subject(false, decoder), codes, codes, null, C);
    // M = 2,000 samples: standard error sqrt(p(1 − p)/M) = 0.011; allow three.
    assertEquals(Math.exp(-0.5), r.scores().completeness(), 0.035);
    assertNull(r.scores().completenessPrior(), "an autoencoder has no prior");
  }

  @Test
  void aVaeIsAlsoSampledFromItsPrior() {
    // Codes far from the origin, a hole of radius 1 at the origin: the fitted Gaussian never meets
    // the hole, N(0, I) falls into it with probability 1 − exp(−1/2).
    float[][] codes = PlantedHoles.gaussianCodes(5000, new float[] {6, 6}, 0.2, 0, 0.2, 5);
    Decoder decoder = PlantedHoles.holeAt(new float[] {0, 0}, 1);
    QualityReport r = QUALITY.measure(PlantedHoles.subject(true, decoder), codes, codes, null, C);
    assertEquals(1.0, r.scores().completeness());
    assertEquals(Math.exp(-0.5), r.scores().completenessPrior(), 0.035);
  }

  @Test
  void aJumpingDecoderScoresSixteenOnEveryPathThatCrossesTheJump() {
    // Left of z1 = 0 every code decodes to class 2, right of it to class 7: a path that crosses
    // makes its whole change in one of its 16 steps (ratio 16, one label change), a path that
    // stays on one side does not change at all (ratio 1 by definition, no label change).
    Decoder jump =
        codes -> {
          float[][] out = new float[codes.length][];
          for (int i = 0; i < codes.length; i++) {
            out[i] = PlantedHoles.prototype(codes[i][0] < 0 ? 2 : 7);
          }
          return out;
        };
    float[][] codes = PlantedHoles.uniformCodes(300, 1, 9);
    QualityReport r = QUALITY.measure(PlantedHoles.subject(false, jump), codes, codes, null, C);
    int crossing = 0;
    for (int[] p : Continuity.pairs(codes.length, 500, Continuity_SEED)) {
      if ((codes[p[0]][0] < 0) != (codes[p[1]][0] < 0)) {
        crossing++;
      }
    }
    assertTrue(crossing > 150 && crossing < 350, "a fair share of pairs cross: " + crossing);
    assertEquals(1 + 15.0 * crossing / 500, r.scores().continuityRatio(), 1e-9);
    assertEquals(crossing / 500.0, r.scores().labelChanges(), 1e-12);
  }

  /** The seed the standard settings use for the pairs (seed + 2). */
  private static final long Continuity_SEED = LatentQuality.Settings.DEFAULT.seed() + 2;

  @Test
  void aSmoothDecoderScoresPerfectlyEven() {
    // Pixels move linearly with the code: every step of a straight path changes the image equally.
    Decoder linear =
        codes -> {
          float[][] out = new float[codes.length][];
          for (int i = 0; i < codes.length; i++) {
            float[] img = PlantedHoles.prototype(4);
            img[0] = 0.3f + 0.1f * codes[i][0];
            img[1] = 0.3f + 0.1f * codes[i][1];
            out[i] = img;
          }
          return out;
        };
    float[][] codes = PlantedHoles.uniformCodes(300, 1, 4);
    QualityReport r = QUALITY.measure(PlantedHoles.subject(true, linear), codes, codes, null, C);
    assertEquals(1.0, r.scores().continuityRatio(), 1e-4);
    assertEquals(0.0, r.scores().labelChanges());
  }

  @Test
  void aPathThroughAHoleChangesLabelTwice() {
    // Both ends are class 5 prototypes; the straight path between them crosses the hole in the
    // middle: class 5 → noise (label 0) → class 5.
    Decoder decoder =
        codes -> {
          float[][] out = new float[codes.length][];
          for (int i = 0; i < codes.length; i++) {
            out[i] = Math.abs(codes[i][0]) < 0.2 ? PlantedHoles.noise() : PlantedHoles.prototype(5);
          }
          return out;
        };
    float[][] codes = {{-1, 0}, {1, 0}};
    QualityReport r = QUALITY.measure(PlantedHoles.subject(false, decoder), codes, codes, null, C);
    assertEquals(2.0, r.scores().labelChanges());
    ExamplePath path = r.example();
    assertEquals(17, path.codes().length);
    assertEquals(5, path.labels()[0]);
    assertEquals(0, path.labels()[8], "the middle of the path is in the hole");
    assertEquals(0.1f, path.confidence()[8], 1e-6);
  }

  @Test
  void reconstructionIsTheMeanLossOverEveryImageInBatches() {
    AtomicInteger calls = new AtomicInteger();
    ReconstructionLoss loss =
        images -> {
          calls.incrementAndGet();
          float[] out = new float[images.length];
          for (int i = 0; i < images.length; i++) {
            out[i] = images[i][0];
          }
          return out;
        };
    int n = 1234;
    float[][] images = new float[n][];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      images[i] = new float[] {i % 17, 0};
      sum += i % 17;
    }
    float[][] codes = PlantedHoles.uniformCodes(n, 1, 2);
    QualityReport r =
        QUALITY.measure(
            new LatentQuality.Subject("x", false, PlantedHoles.holeAt(new float[] {0, 0}, 0), loss),
            images,
            codes,
            null,
            C);
    assertEquals(sum / n, r.scores().reconstruction(), 1e-9);
    assertEquals(3, calls.get(), "1,234 images in batches of at most 500");
  }

  @Test
  void aboveTwoDimensionsTheGridLiesInThePrincipalPlaneThroughTheMean() {
    // 3-D codes that vary mostly along z1 and z3; a ball-shaped hole at their mean. The grid's
    // plane
    // passes through the mean and its directions are orthonormal, so a cell is in the hole exactly
    // when its plane position is within r of the origin of the plane.
    java.util.Random random = new java.util.Random(8);
    float[][] codes = new float[3000][];
    for (int i = 0; i < codes.length; i++) {
      codes[i] =
          new float[] {
            (float) (3 + 2 * random.nextGaussian()),
            (float) (0.05 * random.nextGaussian()),
            (float) (-1 + 1.2 * random.nextGaussian())
          };
    }
    GaussianFit fit = GaussianFit.of(codes);
    float[] mean = {(float) fit.mean()[0], (float) fit.mean()[1], (float) fit.mean()[2]};
    Decoder decoder = PlantedHoles.holeAt(mean, 1.0);
    QualityReport r = QUALITY.measure(PlantedHoles.subject(true, decoder), codes, codes, null, C);
    assertTrue(r.projection() instanceof Pca, "a 3-D code is shown on its principal plane");
    Pca pca = (Pca) r.projection();
    assertEquals(1.0, Math.abs(pca.firstComponent()[0]), 1e-2, "PC 1 is z1");
    assertEquals(1.0, Math.abs(pca.secondComponent()[2]), 1e-2, "PC 2 is z3");
    assertEquals(cellsInDisc(r.holeMap().area(), 0, 0, 1.0), r.scores().holeFraction(), 1e-12);
    assertTrue(r.scores().holeFraction() > 0.05);
  }

  @Test
  void runsRepeatExactly() {
    float[][] codes = PlantedHoles.gaussianCodes(3000, new float[] {0, 0}, 1, 0.3, 0.8, 1);
    Decoder decoder = PlantedHoles.holeAt(new float[] {0.3f, 0.3f}, 0.9);
    QualityScores a =
        QUALITY.measure(PlantedHoles.subject(true, decoder), codes, codes, null, C).scores();
    QualityScores b =
        QUALITY.measure(PlantedHoles.subject(true, decoder), codes, codes, null, C).scores();
    assertEquals(a, b);
  }

  @Test
  void theExamplePathJoinsTwoImagesOfDifferentClasses() {
    float[][] codes = PlantedHoles.uniformCodes(50, 1, 6);
    int[] labels = new int[50];
    labels[49] = 1;
    labels[3] = 1;
    QualityReport r =
        QUALITY.measure(
            PlantedHoles.subject(false, PlantedHoles.holeAt(new float[] {9, 9}, 0.1)),
            codes,
            codes,
            labels,
            C);
    ExamplePath p = r.example();
    assertTrue(labels[p.from()] != labels[p.to()]);
    assertArrayEquals(codes[p.from()], p.codes()[0]);
    assertArrayEquals(codes[p.to()], p.codes()[16]);
  }
}
