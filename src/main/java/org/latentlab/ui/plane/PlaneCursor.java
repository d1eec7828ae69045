package org.latentlab.ui.plane;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.ui.fx.Theme;

/**
 * The cursor on the window's plane as nodes above the canvas: hairlines through it and a ring at
 * it, looking like {@link PlaneOverlays#cursor}. Moving it changes a few node positions, so a drag
 * repaints only the pixels around the lines instead of redrawing the plane's canvas on every mouse
 * event. Exports still draw the cursor into the picture.
 *
 * <p>The nodes are clipped to the plot, as the canvas clips its drawing: zoomed in away from the
 * cursor, its hairlines and ring lie far outside the plane and would otherwise be drawn over the
 * other plane, the axes or the controls.
 */
final class PlaneCursor extends Group {
  private final Line vertical = hairline();
  private final Line horizontal = hairline();
  private final Circle halo = ring(PlaneOverlays.HALO, PlaneOverlays.CURSOR_HALO_WIDTH);
  private final Circle ring = ring(Theme.HIGHLIGHT, PlaneOverlays.CURSOR_RING_WIDTH);
  private final Circle dot = new Circle(PlaneOverlays.CURSOR_DOT_RADIUS, Theme.HIGHLIGHT);
  private final Rectangle plot = new Rectangle();

  PlaneCursor() {
    getChildren().addAll(vertical, horizontal, halo, ring, dot);
    setManaged(false);
    setMouseTransparent(true);
    setVisible(false);
    setClip(plot);
  }

  /** Shows the cursor at plane position {@code cursor} (hidden when null). */
  void place(ScreenTransform t, double[] cursor) {
    if (cursor == null) {
      setVisible(false);
      return;
    }
    plot.setX(t.left());
    plot.setY(t.top());
    plot.setWidth(t.width());
    plot.setHeight(t.height());
    double x = Math.round(t.screenX(cursor[0])) + 0.5;
    double y = Math.round(t.screenY(cursor[1])) + 0.5;
    set(vertical, x, t.top(), x, t.top() + t.height());
    set(horizontal, t.left(), y, t.left() + t.width(), y);
    for (Circle c : new Circle[] {halo, ring, dot}) {
      c.setCenterX(x);
      c.setCenterY(y);
    }
    setVisible(true);
  }

  private static void set(Line line, double x0, double y0, double x1, double y1) {
    line.setStartX(x0);
    line.setStartY(y0);
    line.setEndX(x1);
    line.setEndY(y1);
  }

  private static Line hairline() {
    Line line = new Line();
    line.setStroke(PlaneOverlays.CURSOR_HAIRLINE);
    line.setStrokeWidth(1);
    return line;
  }

  private static Circle ring(Color color, double width) {
    Circle c = new Circle(PlaneOverlays.CURSOR_RADIUS, null);
    c.setStroke(color);
    c.setStrokeWidth(width);
    return c;
  }
}
