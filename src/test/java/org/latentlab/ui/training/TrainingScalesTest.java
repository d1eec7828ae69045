package org.latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The β slider's logarithmic scale and the chart's step buckets. */
class TrainingScalesTest {

  @Test
  void theBetaSliderHasAnExplicitZeroAndDecadesAtWholePositions() {
    assertEquals(0.0, BetaScale.beta(0));
    assertEquals(0.01, BetaScale.beta(1), 1e-12);
    assertEquals(0.1, BetaScale.beta(2), 1e-12);
    assertEquals(1.0, BetaScale.beta(3), 1e-12);
    assertEquals(10.0, BetaScale.beta(4), 1e-12);
    assertEquals(0.0, BetaScale.position(0));
    assertEquals(3.0, BetaScale.position(1), 1e-12);
    assertEquals(4.0, BetaScale.position(50), "clamped at β = 10");
    for (double p = 0.1; p <= 4; p += 0.1) {
      assertEquals(p, BetaScale.position(BetaScale.beta(p)), 1e-9);
    }
    assertEquals("0 (no regularizer)", BetaScale.describe(0));
    assertEquals("1", BetaScale.describe(1));
    assertEquals("0.25", BetaScale.describe(0.25));
    assertEquals("2.51", BetaScale.describe(BetaScale.beta(3.4)));
    assertEquals("0.01", BetaScale.tickLabel(1));
    assertEquals("0", BetaScale.tickLabel(0));
    assertEquals("10", BetaScale.tickLabel(4));
  }

  @Test
  void longRunsAreAveragedIntoAtMostThreeHundredPoints() {
    LossHistory h = new LossHistory();
    for (int i = 0; i < 1000; i++) {
      h.addStep(i / 100.0, i, 2 * i, 3 * i);
    }
    assertEquals(4, h.bucket());
    assertEquals(250, h.stepPoints().size());
    LossHistory.Point first = h.stepPoints().get(0);
    assertEquals(1.5, first.total(), 1e-12, "mean of steps 0..3");
    assertEquals(4.5, first.kl(), 1e-12);
    assertEquals(0.015, first.x(), 1e-12);
    for (int i = 0; i < 300; i++) {
      h.addStep(0, 0, 0, 0);
    }
    assertEquals(300 >= 1300 / 4 ? 4 : 8, h.bucket());
    h.clear();
    assertEquals(0, h.stepPoints().size());
  }
}
