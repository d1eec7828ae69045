package org.latentlab.ui.interpolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentlab.testing.ExplorerFxTestBase;
import org.latentlab.ui.plane.PlaneData;
import org.testfx.util.WaitForAsyncUtils;

/** The interpolation card: film strips that use the card's width, Play and Pause. */
class InterpolationViewTest extends ExplorerFxTestBase {

  private void selectTwoImages() {
    PlaneData d = vm.autoencoder().dataProperty().get();
    int a = 0;
    int b = 1;
    while (d.labels()[b] == d.labels()[a]) {
      b++;
    }
    int second = b;
    interact(
        () -> {
          vm.select(a, false);
          vm.select(second, true);
        });
  }

  private FilmStrip strip() {
    WaitForAsyncUtils.waitForFxEvents();
    return lookup("#vae-strip").queryAs(FilmStrip.class);
  }

  @Test
  void theFramesGrowWithTheWindowUpToAMaximum() {
    selectTwoImages();
    interact(() -> vm.interpolation().stepsProperty().set(16));
    assertEquals(16, strip().frames());
    interact(() -> window(0).setWidth(1100));
    double narrow = strip().tileSize();
    interact(() -> window(0).setWidth(1600));
    double wide = strip().tileSize();
    assertTrue(
        wide > narrow,
        "wider window, larger frames: "
            + narrow
            + " then "
            + wide
            + " in "
            + strip().getWidth()
            + " card "
            + lookup("#interpolation").query().getLayoutBounds());
    assertTrue(16 * wide <= strip().getWidth(), "the frames fit the strip: " + strip().getWidth());

    interact(() -> vm.interpolation().stepsProperty().set(2));
    assertEquals(FilmStrip.MAX_TILE, strip().tileSize(), "two frames stop at the largest size");
  }
}
