package org.latentlab.ui.plane;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.latentlab.latent.Ellipse;
import org.latentlab.latent.PlaneGaussian;
import org.latentlab.latent.Projection;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.ui.fx.Theme;

/**
 * The vector parts of a plane drawing: the grid under everything, and the layers drawn over the
 * points (prior rings, path, hover ring, markers, cursor) that {@link PlaneScene#overlays} lists.
 */
public final class PlaneOverlays {
  static final Color HALO = Color.rgb(0, 0, 0, 0.55);

  /** The cursor's look, shared with {@link PlaneCursor}, the window's live version of it. */
  static final Color CURSOR_HAIRLINE = Color.rgb(255, 255, 255, 0.45);

  static final double CURSOR_RADIUS = 10;
  static final double CURSOR_HALO_WIDTH = 5;
  static final double CURSOR_RING_WIDTH = 2.5;
  static final double CURSOR_DOT_RADIUS = 2;

  private PlaneOverlays() {}

  static void grid(GraphicsContext gc, ScreenTransform t, double[] xTicks, double[] yTicks) {
    gc.setLineWidth(1);
    for (double x : xTicks) {
      gc.setStroke(Math.abs(x) < 1e-12 ? Theme.ZERO : Theme.GRID);
      double sx = Math.round(t.screenX(x)) + 0.5;
      gc.strokeLine(sx, t.top(), sx, t.top() + t.height());
    }
    for (double y : yTicks) {
      gc.setStroke(Math.abs(y) < 1e-12 ? Theme.ZERO : Theme.GRID);
      double sy = Math.round(t.screenY(y)) + 0.5;
      gc.strokeLine(t.left(), sy, t.left() + t.width(), sy);
    }
  }

  /**
   * Dashed contours at 1, 2 and 3σ of the prior N(0, I), where a VAE is pushed to put its codes. On
   * the z₁, z₂ plane they are circles around the origin; on a PCA plane too (the components are
   * orthonormal), around the point where the origin projects.
   */
  static PlaneLayer priorRings(Projection projection) {
    PlaneGaussian prior = PlaneGaussian.standardNormal(projection);
    return (gc, t) -> priorRings(gc, t, prior);
  }

  private static void priorRings(GraphicsContext gc, ScreenTransform t, PlaneGaussian prior) {
    gc.setStroke(Color.rgb(235, 240, 248, 0.6));
    gc.setLineWidth(1.4);
    gc.setLineDashes(6, 5);
    gc.setFill(Color.rgb(235, 240, 248, 0.9));
    gc.setFont(Theme.TICK_FONT);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BOTTOM);
    for (int r = 1; r <= 3; r++) {
      Ellipse e = prior.contour(r);
      polygon(gc, t, e.outline(120), false);
      double a = Math.PI / 4;
      gc.fillText(
          r + "\u03c3",
          t.screenX(e.centreX() + r * Math.cos(a)) + 3,
          t.screenY(e.centreY() + r * Math.sin(a)) - 1);
    }
    gc.setLineDashes();
  }

  /** Strokes (or fills) a closed polygon given in plane coordinates. */
  static void polygon(GraphicsContext gc, ScreenTransform t, double[][] points, boolean fill) {
    double[] xs = new double[points.length];
    double[] ys = new double[points.length];
    for (int i = 0; i < points.length; i++) {
      xs[i] = t.screenX(points[i][0]);
      ys[i] = t.screenY(points[i][1]);
    }
    if (fill) {
      gc.fillPolygon(xs, ys, xs.length);
    } else {
      gc.strokePolygon(xs, ys, xs.length);
    }
  }

  /** The interpolation path as a highlighted polyline (nothing for fewer than two points). */
  static PlaneLayer path(double[][] path) {
    return (gc, t) -> path(gc, t, path);
  }

  private static void path(GraphicsContext gc, ScreenTransform t, double[][] path) {
    if (path == null || path.length < 2) {
      return;
    }
    double[] xs = new double[path.length];
    double[] ys = new double[path.length];
    for (int i = 0; i < path.length; i++) {
      xs[i] = t.screenX(path[i][0]);
      ys[i] = t.screenY(path[i][1]);
    }
    gc.setLineCap(StrokeLineCap.ROUND);
    gc.setStroke(HALO);
    gc.setLineWidth(5);
    gc.strokePolyline(xs, ys, xs.length);
    gc.setStroke(Theme.HIGHLIGHT);
    gc.setLineWidth(2.2);
    gc.strokePolyline(xs, ys, xs.length);
  }

  /** A ring around the image under the mouse (nothing for -1). */
  static PlaneLayer hovered(PlaneData d, int index) {
    return (gc, t) -> ring(gc, t, d, index, 6);
  }

  private static void ring(
      GraphicsContext gc, ScreenTransform t, PlaneData d, int index, double r) {
    if (index < 0 || index >= d.size()) {
      return;
    }
    double x = t.screenX(d.xs()[index]);
    double y = t.screenY(d.ys()[index]);
    gc.setStroke(HALO);
    gc.setLineWidth(4);
    gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    gc.setStroke(Theme.HIGHLIGHT);
    gc.setLineWidth(2);
    gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
  }

  /** A selected image: a ring and its letter in a small white tag (nothing for -1). */
  static PlaneLayer marker(PlaneData d, int index, String name) {
    return (gc, t) -> marker(gc, t, d, index, name);
  }

  private static void marker(
      GraphicsContext gc, ScreenTransform t, PlaneData d, int index, String name) {
    if (index < 0 || index >= d.size()) {
      return;
    }
    ring(gc, t, d, index, 8);
    double x = t.screenX(d.xs()[index]) + 9;
    double y = t.screenY(d.ys()[index]) - 27;
    gc.setFill(Theme.HIGHLIGHT);
    gc.fillRoundRect(x, y, 18, 20, 6, 6);
    gc.setFill(Theme.PLOT);
    gc.setFont(Theme.MARKER_FONT);
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText(name, x + 9, y + 10);
  }

  /** Full-height and full-width hairlines through the cursor, and a ring at it. */
  static PlaneLayer cursor(double[] cursor) {
    return (gc, t) -> cursor(gc, t, cursor);
  }

  private static void cursor(GraphicsContext gc, ScreenTransform t, double[] cursor) {
    double x = Math.round(t.screenX(cursor[0])) + 0.5;
    double y = Math.round(t.screenY(cursor[1])) + 0.5;
    gc.setLineWidth(1);
    gc.setStroke(CURSOR_HAIRLINE);
    gc.strokeLine(x, t.top(), x, t.top() + t.height());
    gc.strokeLine(t.left(), y, t.left() + t.width(), y);
    double r = CURSOR_RADIUS;
    gc.setStroke(HALO);
    gc.setLineWidth(CURSOR_HALO_WIDTH);
    gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    gc.setStroke(Theme.HIGHLIGHT);
    gc.setLineWidth(CURSOR_RING_WIDTH);
    gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    gc.setFill(Theme.HIGHLIGHT);
    double d = CURSOR_DOT_RADIUS;
    gc.fillOval(x - d, y - d, 2 * d, 2 * d);
  }

  /** Typographic minus signs read better on a slide than hyphens. */
  public static String minus(String s) {
    return s.replace('-', '\u2212');
  }
}
