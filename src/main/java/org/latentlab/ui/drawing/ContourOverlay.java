package org.latentlab.ui.drawing;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.latentlab.latent.Ellipse;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.ui.plane.PlaneCanvas;
import org.latentlab.ui.plane.PlaneViewModel;

/**
 * The drawing's posterior drawn over a plane: its 1σ ellipse solid, its 2σ ellipse dashed. A canvas
 * of its own on top of the plane's, so a new drawing redraws two ellipses, not the whole scatter;
 * it lets the mouse through to the plane.
 */
final class ContourOverlay extends Canvas {
  private static final Color LINE = Color.web("#FFD166");
  private final PlaneCanvas plane;
  private final PlaneViewModel planeVm;
  private final DrawingViewModel vm;

  private ContourOverlay(PlaneCanvas plane, PlaneViewModel planeVm, DrawingViewModel vm) {
    this.plane = plane;
    this.planeVm = planeVm;
    this.vm = vm;
    getStyleClass().add("drawing-contours");
    setMouseTransparent(true);
    setManaged(false);
    widthProperty().bind(plane.canvas().widthProperty());
    heightProperty().bind(plane.canvas().heightProperty());
    for (Observable o :
        new Observable[] {
          vm.readingProperty(),
          planeVm.dataProperty(),
          planeVm.viewProperty(),
          widthProperty(),
          heightProperty()
        }) {
      o.addListener(obs -> redraw());
    }
  }

  /** Draws the drawing's posterior over {@code plane}, which shows {@code planeVm}. */
  static ContourOverlay attach(PlaneCanvas plane, PlaneViewModel planeVm, DrawingViewModel vm) {
    ContourOverlay overlay = new ContourOverlay(plane, planeVm, vm);
    plane.getChildren().add(overlay);
    overlay.redraw();
    return overlay;
  }

  private void redraw() {
    GraphicsContext gc = getGraphicsContext2D();
    gc.clearRect(0, 0, getWidth(), getHeight());
    Ellipse[] contours = vm.contoursOn(planeVm.dataProperty().get());
    if (contours.length == 0 || !plane.hasArea()) {
      return;
    }
    ScreenTransform t = plane.transform();
    gc.save();
    gc.beginPath();
    gc.rect(t.left(), t.top(), t.width(), t.height());
    gc.clip();
    gc.setStroke(LINE);
    gc.setLineWidth(2);
    for (int i = 0; i < contours.length; i++) {
      gc.setLineDashes(i == 0 ? new double[0] : new double[] {6, 5});
      double[][] outline = contours[i].outline(120);
      gc.beginPath();
      gc.moveTo(t.screenX(outline[0][0]), t.screenY(outline[0][1]));
      for (double[] p : outline) {
        gc.lineTo(t.screenX(p[0]), t.screenY(p[1]));
      }
      gc.closePath();
      gc.stroke();
    }
    gc.restore();
  }

  /** The ellipses drawn now (none when there is no drawing), for tests. */
  int contourCount() {
    return vm.contoursOn(planeVm.dataProperty().get()).length;
  }
}
