package org.latentlab.ui.interpolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
  void savingAt2xGivesTwiceThePixelsAndSaysWhereTheFileWent(@TempDir Path dir) throws Exception {
    selectTwoImages();
    Path small = dir.resolve("small.png");
    dialogs.pngFiles.add(small);
    clickOn("#interpolation-save");
    BufferedImage one = ImageIO.read(small.toFile());
    assertEquals(
        "Saved small.png (" + one.getWidth() + "\u00d7" + one.getHeight() + ") to " + dir,
        dialogs.infos.get(dialogs.infos.size() - 1));

    Path large = dir.resolve("large.png");
    dialogs.pngFiles.add(large);
    dialogs.pngScale = 2;
    clickOn("#interpolation-save");
    BufferedImage two = ImageIO.read(large.toFile());
    assertEquals(2 * one.getWidth(), two.getWidth());
    assertEquals(2 * one.getHeight(), two.getHeight());
    assertEquals(
        "Saved large.png (" + two.getWidth() + "\u00d7" + two.getHeight() + ") to " + dir,
        dialogs.infos.get(dialogs.infos.size() - 1));
    assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
  }

  /**
   * Plots drawn off-screen are drawn again at the larger size, not enlarged pixel by pixel: their
   * text and edges differ from a blown-up copy.
   */
  @Test
  void aPlaneSavedAt4xHasFourTimesThePixels(@TempDir Path dir) throws Exception {
    Path small = dir.resolve("plane.png");
    dialogs.pngFiles.add(small);
    clickOn("#ae-save");
    Path large = dir.resolve("plane-4x.png");
    dialogs.pngFiles.add(large);
    dialogs.pngScale = 4;
    clickOn("#ae-save");
    BufferedImage one = ImageIO.read(small.toFile());
    BufferedImage four = ImageIO.read(large.toFile());
    assertEquals(4 * one.getWidth(), four.getWidth());
    assertEquals(4 * one.getHeight(), four.getHeight());
    assertEquals(one.getRGB(10, 20), four.getRGB(4 * 10 + 3, 4 * 20 + 1), "the same page");
    int redrawn = 0;
    for (int y = 0; y < four.getHeight(); y += 3) {
      for (int x = 0; x < four.getWidth(); x += 3) {
        if (four.getRGB(x, y) != one.getRGB(x / 4, y / 4)) {
          redrawn++;
        }
      }
    }
    assertTrue(redrawn > 2000, redrawn + " pixels differ from a blown-up copy");
    assertTrue(dialogs.infos.get(1).startsWith("Saved plane-4x.png ("), dialogs.infos::toString);
  }

  @Test
  void playBecomesPauseAndAPausedWalkStaysWhereItStopped() throws Exception {
    selectTwoImages();
    Button play = lookup("#play").queryAs(Button.class);
    assertEquals("\u25b6 Play", play.getText());
    clickOn("#play");
    assertEquals("\u275a\u275a Pause", play.getText());
    snapshot(lookup("#interpolation").query(), "interpolation-playing");
    interact(play::fire);
    assertEquals("\u25b6 Play", play.getText());
    double paused = vm.interpolation().positionProperty().get();
    Thread.sleep(300);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(paused, vm.interpolation().positionProperty().get(), "still where it paused");
    interact(play::fire);
    assertEquals("\u275a\u275a Pause", play.getText(), "resumes");
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
