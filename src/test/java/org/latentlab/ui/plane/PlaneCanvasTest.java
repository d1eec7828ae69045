package org.latentlab.ui.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.testing.ExplorerFxTestBase;
import org.testfx.util.WaitForAsyncUtils;

/** A plane's drawing stays on its own plot, however far the lecturer zooms. */
class PlaneCanvasTest extends ExplorerFxTestBase {

  @Test
  void zoomingInAtTheTopRightCornerDrawsNothingOutsideThatPlane() {
    PlaneCanvas vae = view.vaePlane().planeCanvas();
    ScreenTransform t = vae.transform();
    Image before = snapshotImage(view);
    // Twelve wheel clicks a few pixels inside the plot's top-right corner: the cursor, at the
    // centre of the codes, ends up far to the left of and below the visible area.
    Point2D corner = vae.canvas().localToScene(t.left() + t.width() - 3, t.top() + 3);
    moveTo(vae.canvas().localToScreen(t.left() + t.width() - 3, t.top() + 3));
    double width = vm.vae().viewProperty().get().width();
    for (int click = 0; click < 12; click++) {
      interact(() -> Event.fireEvent(vae.canvas(), wheelClick(corner)));
    }
    WaitForAsyncUtils.waitForFxEvents();
    double zoomed = vm.vae().viewProperty().get().width();
    assertTrue(zoomed < width / 4, "zoomed in: " + width + " -> " + zoomed);
    double[] c = vm.vae().cursorOnPlane();
    ScreenTransform now = vae.transform();
    assertTrue(now.screenX(c[0]) < now.left(), "the cursor is left of the visible area");
    Image after = snapshotImage(view);
    snapshot(view, "vae-zoomed-at-corner");

    // Everything outside the VAE's canvas (the AE plane, the legend bar, the sliders) is as it was.
    Bounds canvas = view.sceneToLocal(vae.canvas().localToScene(vae.canvas().getLayoutBounds()));
    int changed = 0;
    for (int y = 0; y < (int) before.getHeight(); y++) {
      for (int x = 0; x < (int) before.getWidth(); x++) {
        if (!canvas.contains(x + 0.5, y + 0.5)
            && before.getPixelReader().getArgb(x, y) != after.getPixelReader().getArgb(x, y)) {
          changed++;
        }
      }
    }
    assertEquals(0, changed, "pixels outside the VAE plane changed");
    // Inside its canvas, the crosshair and ring stay within the plot, off the axes and margins.
    PlaneCursor cursor =
        vae.getChildren().stream()
            .filter(PlaneCursor.class::isInstance)
            .map(PlaneCursor.class::cast)
            .findFirst()
            .orElseThrow();
    Bounds drawn = cursor.getBoundsInParent();
    assertTrue(
        drawn.isEmpty()
            || drawn.getMinX() >= now.left()
                && drawn.getMaxX() <= now.left() + now.width()
                && drawn.getMinY() >= now.top()
                && drawn.getMaxY() <= now.top() + now.height(),
        "cursor drawn at " + drawn + ", plot " + now);
  }

  /**
   * One notch of a mouse wheel turned away from the user at scene point {@code p}: 40 pixels, as a
   * real wheel reports (the test robot scrolls by one pixel per click).
   */
  private static ScrollEvent wheelClick(Point2D p) {
    return new ScrollEvent(
        ScrollEvent.SCROLL,
        p.getX(),
        p.getY(),
        p.getX(),
        p.getY(),
        false,
        false,
        false,
        false,
        false,
        false,
        0,
        40,
        0,
        40,
        ScrollEvent.HorizontalTextScrollUnits.NONE,
        0,
        ScrollEvent.VerticalTextScrollUnits.NONE,
        0,
        0,
        null);
  }
}
