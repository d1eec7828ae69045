package org.latentlab.latent.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The spread that tells a collapsed decoder (one image for every code) from a working one. */
class DecoderSpreadTest {
  private static float[][] codes(int n) {
    float[][] c = new float[n][];
    for (int i = 0; i < n; i++) {
      c[i] = new float[] {i / (float) n, 0};
    }
    return c;
  }

  @Test
  void aDecoderThatIgnoresItsCodeHasNoSpreadAndCountsAsCollapsed() {
    Decoder grey =
        cs -> {
          float[][] out = new float[cs.length][4];
          for (float[] row : out) {
            java.util.Arrays.fill(row, 0.3f);
          }
          return out;
        };
    double spread = DecoderSpread.of(codes(500), grey, 64);
    assertEquals(0, spread, 1e-7);
    assertTrue(DecoderSpread.collapsed(spread));
  }

  @Test
  void halfBlackHalfWhiteDecodesHaveSpreadOneHalf() {
    // Codes below 0.5 decode to black, the rest to white: every pixel's std is 0.5.
    Decoder twoImages =
        cs -> {
          float[][] out = new float[cs.length][3];
          for (int i = 0; i < cs.length; i++) {
            java.util.Arrays.fill(out[i], cs[i][0] < 0.5f ? 0f : 1f);
          }
          return out;
        };
    double spread = DecoderSpread.of(codes(400), twoImages, 7);
    assertEquals(0.5, spread, 1e-6);
    assertFalse(DecoderSpread.collapsed(spread));
  }

  @Test
  void oneCodeIsNotEnough() {
    assertThrows(IllegalArgumentException.class, () -> DecoderSpread.of(codes(1), cs -> cs, 8));
  }
}
