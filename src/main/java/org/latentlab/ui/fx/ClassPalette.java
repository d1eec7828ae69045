package org.latentlab.ui.fx;

import javafx.scene.paint.Color;

/**
 * The ten class colours, shared by both planes and the legend: seaborn's "colorblind" palette
 * (Okabe and Ito's colour-blind-safe set extended to ten), drawn on a dark plot so the light
 * members stay visible on a projector.
 */
public final class ClassPalette {
  private static final String[] HEX = {
    "#0173B2", "#DE8F05", "#029E73", "#D55E00", "#CC78BC",
    "#CA9161", "#FBAFE4", "#949494", "#ECE133", "#56B4E9"
  };
  private static final Color[] COLORS = new Color[HEX.length];
  private static final int[] ARGB = new int[HEX.length];

  static {
    for (int i = 0; i < HEX.length; i++) {
      COLORS[i] = Color.web(HEX[i]);
      ARGB[i] = 0xFF000000 | Integer.parseInt(HEX[i].substring(1), 16);
    }
  }

  private ClassPalette() {}

  /** The number of distinct colours; classes beyond it reuse them. */
  public static int size() {
    return HEX.length;
  }

  /** The colour of class {@code cls}. */
  public static Color color(int cls) {
    return COLORS[Math.floorMod(cls, COLORS.length)];
  }

  /** The colour of class {@code cls} as opaque 0xAARRGGBB. */
  public static int argb(int cls) {
    return ARGB[Math.floorMod(cls, ARGB.length)];
  }
}
