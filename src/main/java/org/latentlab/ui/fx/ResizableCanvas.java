package org.latentlab.ui.fx;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * A pane holding a canvas that always has the pane's size in whole pixels. A canvas keeps its
 * pixels when its parent grows, so every plot that should fill its card sits in one of these and is
 * told when to redraw ({@link #setOnResize}).
 */
public class ResizableCanvas extends Pane {
  private final Canvas canvas = new Canvas();
  private Runnable onResize = () -> {};

  /** An empty canvas; it takes its size at the first layout. */
  public ResizableCanvas() {
    getChildren().add(canvas);
  }

  /** The canvas to draw on. */
  public final Canvas canvas() {
    return canvas;
  }

  /** What to run after the canvas took a new size (the drawing was lost): usually a redraw. */
  public final void setOnResize(Runnable onResize) {
    this.onResize = onResize;
  }

  /** Whether the canvas has pixels yet (not before the first layout, nor while collapsed). */
  public final boolean hasArea() {
    return canvas.getWidth() > 0 && canvas.getHeight() > 0;
  }

  @Override
  protected void layoutChildren() {
    super.layoutChildren();
    // Whole pixels: a fractional canvas would blur every line drawn on it.
    double w = Math.floor(getWidth());
    double h = Math.floor(getHeight());
    if (w != canvas.getWidth() || h != canvas.getHeight()) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      onResize.run();
    }
  }
}
