package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {

  @Test
  void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(1, Ticks.step(-3, 3, 6), 1e-12);
    assertEquals(2, Ticks.step(-10, 10, 8), 1e-12);
    assertEquals(0.5, Ticks.step(0, 2.2, 5), 1e-12);
    assertEquals(50, Ticks.step(0, 410, 8), 1e-12);
  }

  @Test
  void ticksCoverTheRangeOnMultiplesOfTheStep() {
    assertArrayEquals(new double[] {-3, -2, -1, 0, 1, 2, 3}, Ticks.of(-3.2, 3.4, 6), 1e-12);
    assertArrayEquals(new double[] {0.5, 1.0, 1.5, 2.0}, Ticks.of(0.3, 2.2, 5), 1e-12);
  }

  @Test
  void labelsHaveJustEnoughDigits() {
    assertEquals("2", Ticks.format(2, 1));
    assertEquals("0.5", Ticks.format(0.5, 0.5));
    assertEquals("0.0", Ticks.format(-1e-17, 0.2));
    assertEquals("0", Ticks.format(-1e-17, 1));
    assertEquals("-0.25", Ticks.format(-0.25, 0.05));
  }
}
