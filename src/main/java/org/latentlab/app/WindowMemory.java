package org.latentlab.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs (java.util.prefs): its size, the presenter scale, high
 * contrast, and the last lesson with the scene it was on. A value that cannot be read falls back to
 * the default; a store that cannot be written is not worth an error at exit.
 *
 * @param width the window's width
 * @param height its height
 * @param scale the presenter scale last chosen
 * @param highContrast whether high contrast was on
 * @param lesson the last lesson (a file or a bundled name), or null
 * @param scene the scene it was on, from 0
 */
record WindowMemory(
    double width, double height, double scale, boolean highContrast, String lesson, int scene) {

  /** Where LatentLab's settings live. */
  static Preferences store() {
    return Preferences.userRoot().node("org/latentlab/window");
  }

  /** What {@code p} holds, with defaults for what it does not. */
  static WindowMemory read(Preferences p, double defaultWidth, double defaultHeight) {
    double w = p.getDouble("width", defaultWidth);
    double h = p.getDouble("height", defaultHeight);
    double s = p.getDouble("scale", 1);
    return new WindowMemory(
        w >= 400 && w <= 20_000 ? w : defaultWidth,
        h >= 300 && h <= 20_000 ? h : defaultHeight,
        s >= 1 && s <= 2 ? s : 1,
        p.getBoolean("highContrast", false),
        blankToNull(p.get("lesson", null)),
        Math.max(0, p.getInt("scene", 0)));
  }

  /** Writes this into {@code p}. */
  void write(Preferences p) {
    p.putDouble("width", width);
    p.putDouble("height", height);
    p.putDouble("scale", scale);
    p.putBoolean("highContrast", highContrast);
    if (lesson == null) {
      p.remove("lesson");
    } else {
      p.put("lesson", lesson);
    }
    p.putInt("scene", scene);
    try {
      p.flush();
    } catch (BackingStoreException e) {
      // The settings are a convenience; the next start uses the defaults.
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
