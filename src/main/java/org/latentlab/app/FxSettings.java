package org.latentlab.app;

/** JavaFX settings LatentLab starts with, set before the toolkit starts; each can be overridden. */
public final class FxSettings {
  /**
   * Pulses per second. A decoded image reaches the screen at the next pulse, so a drag waits up to
   * one pulse per image: 16.7 ms at JavaFX's default 60 Hz, 2.1 ms at 480 Hz. Pulses that find
   * nothing to draw are skipped, so an idle window costs little (figures in {@code
   * src/site/markdown/decisions.md}).
   */
  static final String PULSE_HZ = "480";

  private FxSettings() {}

  public static void apply() {
    if (System.getProperty("javafx.animation.pulse") == null) {
      System.setProperty("javafx.animation.pulse", PULSE_HZ);
    }
  }
}
