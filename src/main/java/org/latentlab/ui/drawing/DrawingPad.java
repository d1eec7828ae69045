package org.latentlab.ui.drawing;

import java.io.File;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.latentlab.latent.draw.Stroke;
import org.latentlab.ui.fx.PixelImages;

/**
 * The pad itself: white ink on black, drawn with the primary button (mouse or pen), showing an
 * opened image under the strokes. An image file dropped on it is opened.
 */
final class DrawingPad extends Canvas {
  private final DrawingViewModel vm;
  private WritableImage backdrop;

  DrawingPad(DrawingViewModel vm) {
    super(DrawingViewModel.PAD, DrawingViewModel.PAD);
    this.vm = vm;
    setId("drawing-pad");
    setOnMousePressed(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY) {
            vm.beginStroke(e.getX(), e.getY());
          }
        });
    setOnMouseDragged(
        e -> {
          if (e.isPrimaryButtonDown()) {
            vm.extendStroke(e.getX(), e.getY());
          }
        });
    setOnMouseReleased(e -> vm.endStroke());
    setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    setOnDragDropped(
        e -> {
          List<File> files = e.getDragboard().getFiles();
          boolean ok = files != null && !files.isEmpty();
          if (ok) {
            vm.openImage(files.get(0).toPath());
          }
          e.setDropCompleted(ok);
          e.consume();
        });
    vm.strokesProperty().addListener(obs -> redraw());
    vm.backdropProperty()
        .addListener(
            (obs, was, now) -> {
              backdrop =
                  now == null
                      ? null
                      : PixelImages.grey(now, DrawingViewModel.PAD, DrawingViewModel.PAD);
              redraw();
            });
    redraw();
  }

  private void redraw() {
    GraphicsContext gc = getGraphicsContext2D();
    gc.setFill(Color.BLACK);
    gc.fillRect(0, 0, getWidth(), getHeight());
    if (backdrop != null) {
      gc.drawImage(backdrop, 0, 0);
    }
    gc.setStroke(Color.WHITE);
    gc.setFill(Color.WHITE);
    gc.setLineCap(StrokeLineCap.ROUND);
    gc.setLineJoin(StrokeLineJoin.ROUND);
    for (Stroke s : vm.strokesProperty().get()) {
      double[] xy = s.xy();
      if (xy.length == 2) {
        double r = s.brush() / 2;
        gc.fillOval(xy[0] - r, xy[1] - r, 2 * r, 2 * r);
        continue;
      }
      gc.setLineWidth(s.brush());
      gc.beginPath();
      gc.moveTo(xy[0], xy[1]);
      for (int i = 2; i < xy.length; i += 2) {
        gc.lineTo(xy[i], xy[i + 1]);
      }
      gc.stroke();
    }
  }
}
