package org.latentlab.latent.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lecture's numbers: entropy in bits, cross-entropy, KL's sign, zero and asymmetry. */
class EntropyTest {
  private static final List<String> COIN = List.of("heads", "tails");
  private static final List<String> DIE = List.of("1", "2", "3", "4", "5", "6");

  private static double bits(double nats) {
    return Units.BITS.fromNats(nats);
  }

  @Test
  void aFairCoinHasOneBitAndAFairDieLog2Six() {
    assertEquals(1.0, bits(Entropy.entropy(Distribution.uniform(COIN))), 1e-12);
    assertEquals(
        Math.log(6) / Math.log(2), bits(Entropy.entropy(Distribution.uniform(DIE))), 1e-12);
    assertEquals(
        Math.log(6), Units.NATS.fromNats(Entropy.entropy(Distribution.uniform(DIE))), 1e-12);
  }

  @Test
  void aSolarEclipseCarries6point64BitsAndTheSunrisePracticallyNone() {
    assertEquals(6.64, bits(Entropy.informationContent(1.0 / 100)), 0.005);
    assertEquals(0, bits(Entropy.informationContent(1)));
    assertEquals(Double.POSITIVE_INFINITY, Entropy.informationContent(0));
  }

  @Test
  void aCertainOutcomeHasNoEntropy() {
    Distribution sure = new Distribution(COIN, new double[] {1, 0});
    assertEquals(0, Entropy.entropy(sure));
  }

  @Test
  void klOfADistributionFromItselfIsZero() {
    Distribution p = Distribution.normalized(DIE, 1, 2, 3, 4, 5, 6);
    assertEquals(0, Entropy.kl(p, p));
    assertEquals(Entropy.entropy(p), Entropy.crossEntropy(p, p), 1e-15);
  }

  @Test
  void klIsNeverNegativeAndCrossEntropyIsEntropyPlusKl() {
    Random random = new Random(13);
    for (int trial = 0; trial < 2000; trial++) {
      int n = 2 + random.nextInt(11);
      List<String> names = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
      Distribution p = randomDistribution(random, names.subList(0, n));
      Distribution q = randomDistribution(random, names.subList(0, n));
      double kl = Entropy.kl(p, q);
      assertTrue(kl >= 0, "KL(p‖q) = " + kl + " for " + p + ", " + q);
      if (Double.isFinite(kl)) {
        assertEquals(Entropy.crossEntropy(p, q), Entropy.entropy(p) + kl, 1e-9);
      }
    }
  }

  private static Distribution randomDistribution(Random random, List<String> names) {
    double[] w = new double[names.size()];
    for (int i = 0; i < w.length; i++) {
      // Some zeros, so the infinite cases are drawn too.
      w[i] = random.nextInt(5) == 0 ? 0 : random.nextDouble();
    }
    w[random.nextInt(w.length)] += 0.1;
    return Distribution.normalized(names, w);
  }

  @Test
  void klIsNotSymmetric() {
    Distribution p = new Distribution(COIN, new double[] {0.5, 0.5});
    Distribution q = new Distribution(COIN, new double[] {0.9, 0.1});
    // KL(p‖q) = ½ log(0.5/0.9) + ½ log(0.5/0.1); KL(q‖p) = 0.9 log(0.9/0.5) + 0.1 log(0.1/0.5).
    double pq = 0.5 * Math.log(0.5 / 0.9) + 0.5 * Math.log(0.5 / 0.1);
    double qp = 0.9 * Math.log(0.9 / 0.5) + 0.1 * Math.log(0.1 / 0.5);
    assertEquals(pq, Entropy.kl(p, q), 1e-15);
    assertEquals(qp, Entropy.kl(q, p), 1e-15);
    assertEquals(0.5108, Entropy.kl(p, q), 1e-4);
    assertEquals(0.3681, Entropy.kl(q, p), 1e-4);
    assertNotEquals(Entropy.kl(p, q), Entropy.kl(q, p), 0.1);
  }

  @Test
  void anOutcomeQRulesOutMakesKlInfiniteOneWayOnlyAndNeverNaN() {
    Distribution p = new Distribution(COIN, new double[] {0.5, 0.5});
    Distribution q = new Distribution(COIN, new double[] {1, 0});
    assertEquals(Double.POSITIVE_INFINITY, Entropy.kl(p, q));
    assertEquals(Double.POSITIVE_INFINITY, Entropy.crossEntropy(p, q));
    assertEquals(1, Entropy.firstUnsupported(p, q));
    assertEquals(Math.log(2), Entropy.kl(q, p), 1e-15);
    assertEquals(-1, Entropy.firstUnsupported(q, p));
    assertFalse(Double.isNaN(Entropy.kl(q, q)));
    assertEquals(Double.POSITIVE_INFINITY, Units.BITS.fromNats(Double.POSITIVE_INFINITY));
  }

  @Test
  void draggingOneBarRescalesTheOthersAndKeepsTheSumOne() {
    Distribution p = Distribution.normalized(List.of("a", "b", "c"), 1, 1, 2);
    Distribution moved = p.withProbability(2, 0.8);
    assertEquals(0.8, moved.p(2), 1e-15);
    assertEquals(0.1, moved.p(0), 1e-15);
    assertEquals(0.1, moved.p(1), 1e-15);
    Distribution all = moved.withProbability(2, 1).withProbability(2, 0.4);
    assertEquals(0.3, all.p(0), 1e-15);
    assertEquals(0.3, all.p(1), 1e-15);
  }

  @Test
  void badProbabilitiesAreRefusedWithAReason() {
    Distribution p = Distribution.uniform(COIN);
    var e = assertThrows(IllegalArgumentException.class, () -> p.withProbability(0, -1));
    assertEquals("a probability must be between 0 and 1, not -1.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> p.withProbability(0, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Distribution.normalized(COIN, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Distribution.uniform(List.of("only one")));
  }
}
