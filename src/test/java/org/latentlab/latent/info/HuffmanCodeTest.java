package org.latentlab.latent.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sender's code: a prefix code whose average length lies within one bit of the entropy. */
class HuffmanCodeTest {
  private static final List<String> NAMES =
      List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");

  @Test
  void dyadicProbabilitiesGetCodewordsOfLengthMinusLog2P() {
    Distribution p = new Distribution(NAMES.subList(0, 4), new double[] {0.5, 0.25, 0.125, 0.125});
    HuffmanCode code = HuffmanCode.of(p);
    assertEquals(1, code.codeword(0).length());
    assertEquals(2, code.codeword(1).length());
    assertEquals(3, code.codeword(2).length());
    assertEquals(3, code.codeword(3).length());
    assertEquals(1.75, code.averageLength(p), 1e-15);
    assertEquals(1.75, Units.BITS.fromNats(Entropy.entropy(p)), 1e-12);
  }

  @Test
  void theAverageLengthLiesInHToHPlusOneAndTheCodeIsPrefixFree() {
    Random random = new Random(7);
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + random.nextInt(11);
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = random.nextDouble() * random.nextDouble() + 1e-3;
      }
      Distribution p = Distribution.normalized(NAMES.subList(0, n), w);
      HuffmanCode code = HuffmanCode.of(p);
      double h = Units.BITS.fromNats(Entropy.entropy(p));
      double length = code.averageLength(p);
      assertTrue(length >= h - 1e-12, length + " < H = " + h);
      assertTrue(length < h + 1, length + " ≥ H + 1 = " + (h + 1));
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i != j) {
            assertFalse(code.codeword(j).startsWith(code.codeword(i)), "prefix in " + p);
          }
        }
      }
    }
  }

  @Test
  void theWrongCodeCostsMoreOnAverage() {
    Distribution p = Distribution.normalized(NAMES.subList(0, 4), 8, 4, 2, 2);
    Distribution q = Distribution.normalized(NAMES.subList(0, 4), 1, 1, 4, 10);
    HuffmanCode made = HuffmanCode.of(p);
    assertTrue(made.averageLength(q) > HuffmanCode.of(q).averageLength(q));
    // Dyadic p: codeword lengths are exactly −log2 p, so L_q is the cross-entropy H(q, p).
    assertEquals(Units.BITS.fromNats(Entropy.crossEntropy(q, p)), made.averageLength(q), 1e-12);
  }
}
