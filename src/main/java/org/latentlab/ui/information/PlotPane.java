package org.latentlab.ui.information;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** A canvas that fills its region and is redrawn whenever the region is resized. */
abstract class PlotPane extends Region {
  /** p's colour on every plot of the tab. */
  static final Color P_COLOR = Color.web("#5DA9FF");

  /** q's colour. */
  static final Color Q_COLOR = Color.web("#FFA94D");

  /** The KL's colour: what the wrong code costs beyond the entropy. */
  static final Color KL_COLOR = Color.web("#E8576B");

  /** The reverse fit's colour. */
  static final Color REVERSE_COLOR = Color.web("#7EE08A");

  protected final Canvas canvas = new Canvas();

  PlotPane(double prefWidth, double prefHeight) {
    getChildren().add(canvas);
    setPrefSize(prefWidth, prefHeight);
    setMinSize(160, 100);
  }

  @Override
  protected void layoutChildren() {
    double w = snapSizeX(getWidth());
    double h = snapSizeY(getHeight());
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      redraw();
    }
  }

  /** Draws the plot again at the current size. */
  final void redraw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.clearRect(0, 0, w, h);
    if (w > 0 && h > 0) {
      draw(g, w, h);
    }
  }

  /** The canvas, for tests and snapshots. */
  Canvas canvas() {
    return canvas;
  }

  protected abstract void draw(GraphicsContext g, double width, double height);
}
