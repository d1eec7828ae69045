package org.latentlab.ui.kinds;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.latentlab.latent.kinds.HiddenActivity;

/**
 * A hidden code as a strip of cells, one per unit, dark for a silent unit and bright for an active
 * one (on a scale shared by the strips compared); a tick under every active unit.
 */
final class ActivationStrip extends Canvas {
  static final double CELL = 5;
  static final double HEIGHT = 36;

  ActivationStrip(String id) {
    super(256 * CELL, HEIGHT);
    setId(id);
  }

  /** Draws {@code a} with {@code full} as the brightest activation. */
  void show(HiddenActivity a, float full) {
    float[] h = a.activations();
    setWidth(Math.max(1, h.length) * CELL);
    GraphicsContext g = getGraphicsContext2D();
    g.setFill(Color.rgb(20, 20, 24));
    g.fillRect(0, 0, getWidth(), getHeight());
    double cell = HEIGHT - 8;
    for (int j = 0; j < h.length; j++) {
      double v = full <= 0 ? 0 : Math.min(1, h[j] / full);
      // a square root so that small but active units stay visible beside the largest
      g.setFill(Color.gray(Math.sqrt(v)));
      g.fillRect(j * CELL, 0, CELL - 1, cell);
      if (h[j] > HiddenActivity.ACTIVE) {
        g.setFill(Color.rgb(230, 159, 0));
        g.fillRect(j * CELL, cell + 2, CELL - 1, 4);
      }
    }
  }
}
