package org.latentlab.app;

/** JavaFX settings LatentLab starts with, set before the toolkit starts; each can be overridden. */
public final class FxSettings {
  /**
   * Pulses per second. A decoded image reaches the screen at the next pulse, so at JavaFX's default
   * 60 Hz a drag waits up to 16.7 ms per image; at 480 Hz, 2.1 ms. Measured with the window's JIT
   * options, six 500-move drags each: mouse → screen median 1.7–1.9 ms and p99 4.7–6.6 (mostly
   * ~5.1) ms at 480 Hz, against 2.6–2.8 and 5.1–6.8 (mostly ~5.6) ms at 240 Hz. Idle cost (pulses
   * that find nothing to draw are skipped): 1.6% of one core at 480 Hz, 0.9% at 240 Hz, 0.4% at
   * 60 Hz.
   */
  static final String PULSE_HZ = "480";

  private FxSettings() {}

  public static void apply() {
    if (System.getProperty("javafx.animation.pulse") == null) {
      System.setProperty("javafx.animation.pulse", PULSE_HZ);
    }
  }
}
