package org.latentlab.ui.holes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.Bounds;
import org.latentlab.testing.ExplorerFxTestBase;
import org.latentlab.ui.explorer.PlaneView;
import org.latentlab.ui.plane.PlaneCanvas;
import org.testfx.util.WaitForAsyncUtils;

/** The hole map on real nodes: the switch, the shading under the points, the badges. */
class HoleMapViewTest extends ExplorerFxTestBase {

  /** Pixels of the plane canvas tinted towards the hole colour (red well above green and blue). */
  private static int crimsonPixels(Image image) {
    int count = 0;
    var reader = image.getPixelReader();
    for (int y = 0; y < (int) image.getHeight(); y += 2) {
      for (int x = 0; x < (int) image.getWidth(); x += 2) {
        Color c = reader.getColor(x, y);
        if (c.getRed() > c.getGreen() + 0.12
            && c.getRed() > c.getBlue() + 0.05
            && c.getRed() > 0.2
            && c.getGreen() < 0.3) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void switchingTheMapOnShadesTheHolesAndShowsTheScores() {
    PlaneView ae = view.autoencoderPlane();
    interact(() -> vm.autoencoder().zoom(0.4, 0, 0)); // show the empty space around the data
    int before = crimsonPixels(snapshotImage(ae.planeCanvas().canvas()));
    assertFalse(lookup("#ae-quality").query().isVisible());

    clickOn("#hole-map");
    int after = crimsonPixels(snapshotImage(ae.planeCanvas().canvas()));
    assertTrue(after > before + 2000, "holes are shaded: " + before + " -> " + after);
    assertTrue(lookup("#ae-quality").query().isVisible());
    // 5 confidence scores, then precision/recall, density/coverage, class KL and off-manifold.
    assertEquals(9, lookup("#ae-quality .badge").queryAll().size(), "AE: no prior score");
    assertEquals(13, lookup("#vae-quality .badge").queryAll().size(), "VAE: and the prior's three");
    assertTrue(
        lookup("#vae-quality .badge-name").queryAllAs(Label.class).stream()
            .anyMatch(l -> l.getText().equals("From N(0, I)")));
    snapshot(view, "hole-map-on");

    interact(() -> lookup("#hole-map-judge").queryAs(ChoiceBox.class).setValue(HoleJudge.MANIFOLD));
    assertEquals(HoleJudge.MANIFOLD, vm.holeMap().judgeProperty().get());
    assertTrue(vm.holeMap().autoencoder().mapProperty().get().judgedByManifold());
    int offManifold = crimsonPixels(snapshotImage(ae.planeCanvas().canvas()));
    assertTrue(offManifold > before + 2000, "off-manifold cells are shaded: " + offManifold);
    snapshot(view, "hole-map-off-manifold");
    interact(
        () -> lookup("#hole-map-judge").queryAs(ChoiceBox.class).setValue(HoleJudge.CONFIDENCE));

    clickOn("#hole-map-by-class");
    assertTrue(vm.holeMap().byClassProperty().get());
    snapshot(view.vaePlane(), "hole-map-by-class");
    clickOn("#hole-map");
    assertEquals(
        before,
        crimsonPixels(snapshotImage(ae.planeCanvas().canvas())),
        "switched off, the plane looks as before");
  }

  @Test
  void afterAZoomTheMapFollowsOnceTheViewSettles() throws Exception {
    clickOn("#hole-map");
    Bounds first = vm.holeMap().vae().mapProperty().get().area();
    PlaneCanvas canvas = view.vaePlane().planeCanvas();
    Point2D centre =
        canvas.canvas().localToScreen(canvas.transform().screenX(0), canvas.transform().screenY(0));
    moveTo(centre);
    scroll(3, javafx.geometry.VerticalDirection.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    Bounds now = vm.vae().viewProperty().get();
    assertNotEquals(first, now, "the scroll zoomed");
    // The map is recomputed once the view has been still for SETTLE; read it on the FX thread.
    WaitForAsyncUtils.waitFor(
        (long) HoleMapOverlay.SETTLE.toMillis() + 20_000,
        java.util.concurrent.TimeUnit.MILLISECONDS,
        () ->
            WaitForAsyncUtils.asyncFx(
                    () -> now.equals(vm.holeMap().vae().mapProperty().get().area()))
                .get());
  }
}
