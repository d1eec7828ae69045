package org.latentlab.ui.plane;

import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.latent.Ticks;
import org.latentlab.ui.fx.Theme;

/**
 * The page around a plot: the margins that hold the tick labels and axis names, the title of an
 * export, and the framed axes. The scatter and the manifold mosaic share it, so a plane and its
 * grid line up side by side on a slide.
 */
public final class PlotFrame {
  private static final double LEFT = 64;
  private static final double RIGHT = 16;
  private static final double TOP = 12;
  private static final double BOTTOM = 54;

  /** Extra height a titled drawing (an export) needs above the plot. */
  public static final double TITLE_HEIGHT = 40;

  private PlotFrame() {}

  /**
   * The room a plot may take on a {@code width × height} surface, inside the margins (at least one
   * pixel each way); each plot then fits its own shape into it.
   */
  public static Rectangle2D room(double width, double height, boolean titled) {
    double top = TOP + (titled ? TITLE_HEIGHT : 0);
    return new Rectangle2D(
        LEFT, top, Math.max(1, width - LEFT - RIGHT), Math.max(1, height - top - BOTTOM));
  }

  /** Paints the page, the title (when not null) and the plot area's background. */
  public static void page(
      GraphicsContext gc, double width, double height, String title, ScreenTransform plot) {
    gc.clearRect(0, 0, width, height);
    gc.setFill(Theme.PAGE);
    gc.fillRect(0, 0, width, height);
    if (title != null) {
      gc.setFill(Theme.INK);
      gc.setFont(Theme.TITLE_FONT);
      gc.setTextAlign(TextAlignment.LEFT);
      gc.setTextBaseline(VPos.CENTER);
      gc.fillText(title, LEFT, TOP + TITLE_HEIGHT / 2);
    }
    gc.setFill(Theme.PLOT);
    gc.fillRect(plot.left(), plot.top(), plot.width(), plot.height());
  }

  /** The frame with ticks at plane values {@code xTicks}, {@code yTicks}, labelled by value. */
  public static void axes(
      GraphicsContext gc,
      ScreenTransform t,
      double[] xTicks,
      double[] yTicks,
      String xLabel,
      String yLabel) {
    double xStep = xTicks.length > 1 ? xTicks[1] - xTicks[0] : 1;
    double yStep = yTicks.length > 1 ? yTicks[1] - yTicks[0] : 1;
    double[] xs = new double[xTicks.length];
    String[] xNames = new String[xTicks.length];
    for (int i = 0; i < xTicks.length; i++) {
      xs[i] = t.screenX(xTicks[i]);
      xNames[i] = PlaneOverlays.minus(Ticks.format(xTicks[i], xStep));
    }
    double[] ys = new double[yTicks.length];
    String[] yNames = new String[yTicks.length];
    for (int i = 0; i < yTicks.length; i++) {
      ys[i] = t.screenY(yTicks[i]);
      yNames[i] = PlaneOverlays.minus(Ticks.format(yTicks[i], yStep));
    }
    axes(gc, t, xs, xNames, ys, yNames, xLabel, yLabel);
  }

  /** A frame around the plot with ticks at the given pixel positions and their labels. */
  public static void axes(
      GraphicsContext gc,
      ScreenTransform t,
      double[] xs,
      String[] xNames,
      double[] ys,
      String[] yNames,
      String xLabel,
      String yLabel) {
    gc.setStroke(Theme.INK);
    gc.setLineWidth(1);
    gc.strokeRect(t.left() - 0.5, t.top() - 0.5, t.width() + 1, t.height() + 1);
    gc.setFill(Theme.INK);
    gc.setFont(Theme.TICK_FONT);
    double bottom = t.top() + t.height();
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.TOP);
    for (int i = 0; i < xs.length; i++) {
      double sx = Math.round(xs[i]) + 0.5;
      gc.strokeLine(sx, bottom, sx, bottom + 5);
      gc.fillText(xNames[i], sx, bottom + 7);
    }
    gc.setTextAlign(TextAlignment.RIGHT);
    gc.setTextBaseline(VPos.CENTER);
    for (int i = 0; i < ys.length; i++) {
      double sy = Math.round(ys[i]) + 0.5;
      gc.strokeLine(t.left() - 5, sy, t.left(), sy);
      gc.fillText(yNames[i], t.left() - 8, sy);
    }
    // The axis names sit in the bottom and left margins.
    gc.setFont(Theme.AXIS_FONT);
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.BOTTOM);
    gc.fillText(xLabel, t.left() + t.width() / 2, bottom + 48);
    gc.save();
    gc.translate(t.left() - 50, t.top() + t.height() / 2);
    gc.rotate(-90);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText(yLabel, 0, 0);
    gc.restore();
  }
}
