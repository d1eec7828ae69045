package org.latentlab.latent.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The class balance of samples: histogram and KL(samples ‖ held-out) in nats. */
class ClassBalanceTest {
  private static final int[] BALANCED = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

  @Test
  void samplesInTheHeldOutProportionsHaveKlZero() {
    ClassBalance b = ClassBalance.of(new int[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, BALANCED, 10);
    assertEquals(0, b.kl(), 1e-12);
    assertEquals(0.1, b.largestShare(), 1e-12);
  }

  @Test
  void oneClassOfTenBalancedOnesCostsLogTen() {
    ClassBalance b = ClassBalance.of(new int[] {7, 7, 7}, BALANCED, 10);
    assertEquals(Math.log(10), b.kl(), 1e-12);
    assertEquals(1.0, b.histogram()[7], 1e-12);
    assertEquals(1.0, b.largestShare(), 1e-12);
  }

  @Test
  void twoClassesHalfAndHalfCostLogFive() {
    ClassBalance b = ClassBalance.of(new int[] {3, 4, 3, 4}, BALANCED, 10);
    assertEquals(Math.log(5), b.kl(), 1e-12);
    assertArrayEquals(new double[] {0, 0, 0, 0.5, 0.5, 0, 0, 0, 0, 0}, b.histogram(), 1e-12);
  }
}
