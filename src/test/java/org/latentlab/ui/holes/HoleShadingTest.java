package org.latentlab.ui.holes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentlab.ui.fx.ClassPalette;

/** The hole map's veil: clear when sure, darker as confidence falls, and a step at the holes. */
class HoleShadingTest {

  @Test
  void theVeilThickensAsConfidenceFallsAndJumpsAtTheHoleThreshold() {
    assertEquals(0, HoleShading.veil(1.0));
    assertEquals(0, HoleShading.veil(0.9));
    double previous = 0;
    for (double c = 0.9; c >= 0; c -= 0.01) {
      double v = HoleShading.veil(c);
      assertTrue(v >= previous, "non-increasing in confidence at " + c);
      previous = v;
    }
    assertTrue(HoleShading.veil(0.4999) - HoleShading.veil(0.5) > 0.2, "holes stand out");
    int hole = HoleShading.argb(0.2f, 3, true);
    int sure = HoleShading.argb(0.99f, 3, true);
    assertEquals(0xE0115F, hole & 0xFFFFFF, "a hole is crimson even when colouring by class");
    assertEquals(ClassPalette.argb(3) & 0xFFFFFF, sure & 0xFFFFFF);
  }
}
