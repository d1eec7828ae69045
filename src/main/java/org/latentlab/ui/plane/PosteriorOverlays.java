package org.latentlab.ui.plane;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.latentlab.latent.Ellipse;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.ui.fx.Theme;

/**
 * Draws {@link PlaneMarks}: the posterior's σ-ellipses, its centre with a tag, the samples z = μ +
 * σ ⊙ ε as white dots, and prior samples as crosses.
 */
final class PosteriorOverlays {
  private static final Color HALO = Color.rgb(0, 0, 0, 0.6);
  private static final Color FILL = Color.rgb(255, 255, 255, 0.10);
  private static final Color PRIOR = Color.web("#FFE08A");
  private static final double SAMPLE_RADIUS = 3.6;

  private PosteriorOverlays() {}

  /** The layer drawing {@code m}. */
  static PlaneLayer layer(PlaneMarks m) {
    return (gc, t) -> draw(gc, t, m);
  }

  private static void draw(GraphicsContext gc, ScreenTransform t, PlaneMarks m) {
    gc.save();
    contours(gc, t, m.contours());
    if (m.priorSamples() != null) {
      for (double[] p : m.priorSamples()) {
        cross(gc, t.screenX(p[0]), t.screenY(p[1]));
      }
    }
    if (m.samples() != null) {
      for (double[] p : m.samples()) {
        dot(gc, t.screenX(p[0]), t.screenY(p[1]), SAMPLE_RADIUS, Theme.HIGHLIGHT);
      }
    }
    if (m.centre() != null) {
      double x = t.screenX(m.centre()[0]);
      double y = t.screenY(m.centre()[1]);
      dot(gc, x, y, 5, Theme.HIGHLIGHT);
      if (m.centreLabel() != null) {
        tag(gc, t, x, y, m.centreLabel());
      }
    }
    gc.restore();
  }

  private static void contours(GraphicsContext gc, ScreenTransform t, Ellipse[] contours) {
    gc.setLineDashes();
    for (int i = contours.length - 1; i >= 0; i--) {
      double[][] outline = contours[i].outline(120);
      if (i == 0) {
        gc.setFill(FILL);
        PlaneOverlays.polygon(gc, t, outline, true);
      }
      gc.setLineDashes(i == 0 ? null : new double[] {7, 5});
      gc.setStroke(HALO);
      gc.setLineWidth(4.5);
      PlaneOverlays.polygon(gc, t, outline, false);
      gc.setStroke(Theme.HIGHLIGHT);
      gc.setLineWidth(i == 0 ? 2.2 : 1.8);
      PlaneOverlays.polygon(gc, t, outline, false);
      label(gc, t, outline, (i + 1) + "\u03c3");
    }
    gc.setLineDashes();
  }

  /** The contour's name just above its highest point. */
  private static void label(GraphicsContext gc, ScreenTransform t, double[][] outline, String s) {
    double[] top = outline[0];
    for (double[] p : outline) {
      if (p[1] > top[1]) {
        top = p;
      }
    }
    gc.setFont(Theme.TICK_FONT);
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.BOTTOM);
    double x = t.screenX(top[0]);
    double y = t.screenY(top[1]) - 3;
    gc.setStroke(HALO);
    gc.setLineWidth(3);
    gc.strokeText(s, x, y);
    gc.setFill(Theme.HIGHLIGHT);
    gc.fillText(s, x, y);
  }

  private static void dot(GraphicsContext gc, double x, double y, double r, Color fill) {
    gc.setFill(HALO);
    gc.fillOval(x - r - 1.5, y - r - 1.5, 2 * r + 3, 2 * r + 3);
    gc.setFill(fill);
    gc.fillOval(x - r, y - r, 2 * r, 2 * r);
  }

  private static void cross(GraphicsContext gc, double x, double y) {
    double a = 5;
    gc.setStroke(HALO);
    gc.setLineWidth(4);
    gc.strokeLine(x - a, y, x + a, y);
    gc.strokeLine(x, y - a, x, y + a);
    gc.setStroke(PRIOR);
    gc.setLineWidth(2);
    gc.strokeLine(x - a, y, x + a, y);
    gc.strokeLine(x, y - a, x, y + a);
  }

  /** A white tag with dark text beside point (px, py), on whichever side has room. */
  private static void tag(GraphicsContext gc, ScreenTransform t, double px, double py, String s) {
    Text probe = new Text(s);
    probe.setFont(Theme.MARKER_FONT);
    double w = probe.getLayoutBounds().getWidth() + 12;
    double x = px + 12 + w <= t.left() + t.width() ? px + 12 : px - 12 - w;
    double y = py + 10 + 22 <= t.top() + t.height() ? py + 10 : py - 32;
    gc.setFill(HALO);
    gc.fillRoundRect(x - 1, y - 1, w + 2, 24, 8, 8);
    gc.setFill(Theme.HIGHLIGHT);
    gc.fillRoundRect(x, y, w, 22, 6, 6);
    gc.setFill(Theme.PLOT);
    gc.setFont(Theme.MARKER_FONT);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText(s, x + 6, y + 11);
  }
}
