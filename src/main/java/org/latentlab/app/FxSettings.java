package org.latentlab.app;

/** JavaFX settings LatentLab starts with, set before the toolkit starts; each can be overridden. */
final class FxSettings {
  /**
   * Pulses per second. A decoded image reaches the screen at the next pulse, so at JavaFX's default
   * 60 Hz a drag waits up to 16.7 ms per image; at 240 Hz, 4.2 ms. Idle cost: none measurable
   * (pulses that find nothing to draw are skipped).
   */
  static final String PULSE_HZ = "240";

  private FxSettings() {}

  static void apply() {
    if (System.getProperty("javafx.animation.pulse") == null) {
      System.setProperty("javafx.animation.pulse", PULSE_HZ);
    }
  }
}
