package org.latentlab.ui.manifold;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/** A resizable canvas showing one model's manifold mosaic. */
final class ManifoldCanvas extends Region {
  private final Canvas canvas = new Canvas();
  private final ManifoldRenderer renderer = new ManifoldRenderer();
  private final ReadOnlyObjectProperty<ManifoldMosaic> mosaic;

  ManifoldCanvas(ReadOnlyObjectProperty<ManifoldMosaic> mosaic) {
    this.mosaic = mosaic;
    getChildren().add(canvas);
    setMinSize(200, 200);
    setPrefSize(560, 560);
    mosaic.addListener((obs, was, now) -> redraw());
  }

  @Override
  protected void layoutChildren() {
    double w = Math.floor(getWidth());
    double h = Math.floor(getHeight());
    if (w != canvas.getWidth() || h != canvas.getHeight()) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      redraw();
    }
  }

  private void redraw() {
    if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
      renderer.draw(
          canvas.getGraphicsContext2D(), mosaic.get(), null, canvas.getWidth(), canvas.getHeight());
    }
  }

  /** The canvas (tests and export size). */
  Canvas canvas() {
    return canvas;
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
