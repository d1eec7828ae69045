package org.latentlab.ui.holes;

import javafx.scene.paint.Color;
import org.latentlab.ui.fx.ClassPalette;

/**
 * How the hole map colours a cell from the classifier's verdict on its decode. By confidence: a
 * crimson veil that is clear where the classifier is sure (≥ 0.9), light where it is unsure and
 * dense over holes (confidence &lt; 0.5), so they stand out on the dark plot. By class: each cell
 * in its predicted class's colour, faint where unsure, with holes in crimson.
 */
final class HoleShading {
  /** The colour of a hole: a crimson none of the ten class colours is near. */
  static final Color HOLE = Color.web("#E0115F");

  /** The confidence below which a cell is a hole. */
  static final double HOLE_BELOW = 0.5;

  /** The confidence from which a cell is left clear. */
  static final double SURE_FROM = 0.9;

  private static final int HOLE_RGB = rgb(HOLE);

  private HoleShading() {}

  /** The non-premultiplied ARGB of a cell. */
  static int argb(float confidence, int label, boolean byClass) {
    if (byClass && confidence >= HOLE_BELOW) {
      double alpha = 0.12 + 0.33 * (confidence - HOLE_BELOW) / (1 - HOLE_BELOW);
      return alpha(alpha) | (ClassPalette.argb(label) & 0xFFFFFF);
    }
    return alpha(veil(confidence)) | HOLE_RGB;
  }

  /** The opacity of an off-manifold cell's veil: as dense as a confidence hole's. */
  static final double OFF_MANIFOLD = 0.7;

  /**
   * The non-premultiplied ARGB of a cell judged by the manifold: crimson where the decode is off
   * the real images' manifold; clear on it, or faintly in its class's colour by class.
   */
  static int argbManifold(boolean off, int label, boolean byClass) {
    if (off) {
      return alpha(OFF_MANIFOLD) | HOLE_RGB;
    }
    return byClass ? alpha(0.3) | (ClassPalette.argb(label) & 0xFFFFFF) : 0;
  }

  /**
   * The veil's opacity: clear from {@link #SURE_FROM} up, a light tint (up to 0.35) for unsure
   * cells, and a jump to 0.6–0.85 below {@link #HOLE_BELOW}, so the holes the hole fraction counts
   * are the cells that stand out.
   */
  static double veil(double confidence) {
    if (confidence >= SURE_FROM) {
      return 0;
    }
    if (confidence >= HOLE_BELOW) {
      return 0.1 + 0.25 * (SURE_FROM - confidence) / (SURE_FROM - HOLE_BELOW);
    }
    return 0.6 + 0.25 * Math.max(0, HOLE_BELOW - confidence) / HOLE_BELOW;
  }

  private static int alpha(double a) {
    return (int) Math.round(Math.max(0, Math.min(1, a)) * 255) << 24;
  }

  private static int rgb(Color c) {
    return (int) Math.round(c.getRed() * 255) << 16
        | (int) Math.round(c.getGreen() * 255) << 8
        | (int) Math.round(c.getBlue() * 255);
  }
}
