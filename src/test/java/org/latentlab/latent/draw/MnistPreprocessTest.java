package org.latentlab.latent.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A drawing or image file becomes a digit laid out as MNIST's are. */
class MnistPreprocessTest {

  /** A {@code w × h} black image with a white rectangle [x0, x1) × [y0, y1). */
  private static float[] rectangle(int w, int h, int x0, int y0, int x1, int y1) {
    float[] px = new float[w * h];
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        px[y * w + x] = 1;
      }
    }
    return px;
  }

  /** [width, height] of the pixels above the ink threshold. */
  private static int[] inkSize(float[] px) {
    int x0 = 28, y0 = 28, x1 = -1, y1 = -1;
    for (int p = 0; p < px.length; p++) {
      if (px[p] > 0.05f) {
        x0 = Math.min(x0, p % 28);
        x1 = Math.max(x1, p % 28);
        y0 = Math.min(y0, p / 28);
        y1 = Math.max(y1, p / 28);
      }
    }
    return new int[] {x1 - x0 + 1, y1 - y0 + 1};
  }

  @ParameterizedTest(name = "a {2}×{3} block at ({0},{1}) in a {4}×{5} image")
  @CsvSource({
    // tall, like a 1, in the corner of a large canvas: shrunk
    "10, 20, 40, 160, 300, 300",
    // wide, off-centre: shrunk
    "200, 30, 250, 50, 500, 120",
    // a small square: enlarged
    "3, 4, 5, 5, 28, 28",
    // already 20 high
    "0, 0, 8, 20, 28, 28",
  })
  void theInkFillsA20PixelBoxCentredByItsMass(int x, int y, int w, int h, int width, int height) {
    float[] digit = MnistPreprocess.of(rectangle(width, height, x, y, x + w, y + h), width, height);

    assertEquals(28 * 28, digit.length);
    int[] size = inkSize(digit);
    assertEquals(20, Math.max(size[0], size[1]), "the larger side is 20 px");
    assertTrue(Math.min(size[0], size[1]) <= 20);
    double aspect = (double) Math.min(w, h) / Math.max(w, h);
    assertEquals(aspect * 20, Math.min(size[0], size[1]), 1.01, "the aspect ratio is kept");
    double[] c = MnistPreprocess.centreOfMass(digit, 28, 28);
    assertEquals(14, c[0], 0.5);
    assertEquals(14, c[1], 0.5);
    for (float v : digit) {
      assertTrue(v >= 0 && v <= 1);
    }
  }

  @Test
  void aDiagonalStrokeIsShrunkToGreyLevelsAndCentredByMassNotByBox() {
    // A thin diagonal with a heavy blob at its lower end: its mass lies off the box's centre.
    int n = 200;
    float[] px = new float[n * n];
    for (int i = 20; i < 180; i++) {
      for (int t = -3; t <= 3; t++) {
        px[i * n + Math.min(n - 1, Math.max(0, i + t))] = 1;
      }
    }
    for (int y = 150; y < 180; y++) {
      for (int x = 150; x < 180; x++) {
        px[y * n + x] = 1;
      }
    }
    float[] digit = MnistPreprocess.of(px, n, n);

    double[] c = MnistPreprocess.centreOfMass(digit, 28, 28);
    assertEquals(14, c[0], 0.5);
    assertEquals(14, c[1], 0.5);
    assertEquals(20, inkSize(digit)[0]);
    long grey = 0;
    for (float v : digit) {
      grey += v > 0.05f && v < 0.95f ? 1 : 0;
    }
    assertTrue(grey > 10, "edges are anti-aliased grey, not only black and white: " + grey);
  }

  @Test
  void aBlankDrawingIsRefusedWithOneClearLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MnistPreprocess.of(new float[64], 8, 8));
    assertEquals("the drawing is empty: draw a digit first", e.getMessage());
  }

  @Test
  void aDarkInkOnLightPaperImageIsInvertedAndALightOnDarkOneIsNot() {
    float[] dark = rectangle(10, 10, 3, 3, 7, 7);
    assertSame(dark, MnistPreprocess.invertIfLight(dark, 10, 10));

    float[] paper = new float[100];
    for (int i = 0; i < paper.length; i++) {
      paper[i] = 1 - dark[i];
    }
    assertArrayEquals(dark, MnistPreprocess.invertIfLight(paper, 10, 10), 1e-6f);
  }

  @Test
  void anMnistDigitDrawnTenTimesLargerOffCentreComesBackAsItWas() throws java.io.IOException {
    org.latentlab.data.ImageSet digits = org.latentlab.data.BundledMnist.load().head(200);
    double worstShift = 0;
    double worstError = 0;
    int compared = 0;
    for (int i = 0; i < digits.count(); i++) {
      float[] small = digits.image(i);
      // 10× larger, nearest neighbour, in a wide canvas well away from its centre.
      int w = 400;
      int h = 330;
      float[] big = new float[w * h];
      for (int y = 0; y < 280; y++) {
        for (int x = 0; x < 280; x++) {
          big[(y + 40) * w + x + 100] = small[(y / 10) * 28 + x / 10];
        }
      }
      float[] back = MnistPreprocess.of(big, w, h);
      double[] c = MnistPreprocess.centreOfMass(back, 28, 28);
      worstShift = Math.max(worstShift, Math.max(Math.abs(c[0] - 14), Math.abs(c[1] - 14)));
      assertEquals(20, Math.max(inkSize(back)[0], inkSize(back)[1]), "digit " + i);
      // A digit whose ink box is already 20 px is only moved, by at most a pixel (MNIST centred
      // its digits with a fractional shift; this recipe shifts by whole pixels).
      if (Math.max(inkSize(small)[0], inkSize(small)[1]) == 20) {
        compared++;
        worstError = Math.max(worstError, bestShiftError(small, back));
      }
    }
    assertTrue(worstShift <= 0.5, "centre of mass off by " + worstShift);
    assertTrue(compared > 50, "compared " + compared);
    // Only faint grey (below the ink threshold) beyond the ink's box is lost.
    assertTrue(worstError < 1e-3, "mean pixel error " + worstError);
  }

  /** The mean absolute difference of b from a shifted by at most one pixel, at the best shift. */
  private static double bestShiftError(float[] a, float[] b) {
    double best = Double.MAX_VALUE;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        double err = 0;
        for (int y = 0; y < 28; y++) {
          for (int x = 0; x < 28; x++) {
            int sx = x - dx;
            int sy = y - dy;
            float v = sx < 0 || sy < 0 || sx >= 28 || sy >= 28 ? 0 : a[sy * 28 + sx];
            err += Math.abs(b[y * 28 + x] - v);
          }
        }
        best = Math.min(best, err / 784);
      }
    }
    return best;
  }
}
