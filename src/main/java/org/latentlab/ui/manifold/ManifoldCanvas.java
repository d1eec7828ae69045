package org.latentlab.ui.manifold;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.latentlab.ui.fx.ResizableCanvas;

/** A resizable canvas showing one model's manifold mosaic. */
final class ManifoldCanvas extends ResizableCanvas {
  private final ManifoldRenderer renderer = new ManifoldRenderer();
  private final ReadOnlyObjectProperty<ManifoldMosaic> mosaic;

  ManifoldCanvas(ReadOnlyObjectProperty<ManifoldMosaic> mosaic) {
    this.mosaic = mosaic;
    setOnResize(this::redraw);
    setMinSize(200, 200);
    setPrefSize(560, 560);
    mosaic.addListener((obs, was, now) -> redraw());
  }

  private void redraw() {
    if (hasArea()) {
      Canvas c = canvas();
      renderer.draw(c.getGraphicsContext2D(), mosaic.get(), null, c.getWidth(), c.getHeight());
    }
  }

  /** The mosaic image last drawn: n·cols × n·rows pixels (tests). */
  WritableImage mosaicImage() {
    return renderer.mosaicImage();
  }

  /** The number of tiles shown, n², or 0 while empty. */
  int tileCount() {
    ManifoldMosaic m = mosaic.get();
    return m == null ? 0 : m.tiles().length;
  }
}
