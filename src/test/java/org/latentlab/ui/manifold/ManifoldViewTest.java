package org.latentlab.ui.manifold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.testing.ExplorerFxTestBase;
import org.latentlab.ui.plane.PlotFrame;

/** The manifold tab: n × n decoded tiles per model over each plane's visible area. */
class ManifoldViewTest extends ExplorerFxTestBase {

  @Test
  void gridTabShowsNByNTilesPerModelAndFollowsTheSize() {
    assertNull(vm.manifold().autoencoderProperty().get(), "decoded before the tab was opened");
    clickOn("Manifold grid");
    ManifoldCanvas ae = view.manifoldView().autoencoderCanvas();
    ManifoldCanvas vae = view.manifoldView().vaeCanvas();
    assertEquals(400, ae.tileCount());
    assertEquals(400, vae.tileCount());
    assertEquals(20 * 28, (int) ae.mosaicImage().getWidth());
    assertEquals(20 * 28, (int) vae.mosaicImage().getHeight());
    assertEquals(
        vm.autoencoder().viewProperty().get(), vm.manifold().autoencoderProperty().get().area());
    snapshot(view, "manifold-grid-20");

    Spinner<?> size = lookup("#grid-size").queryAs(Spinner.class);
    interact(() -> size.getValueFactory().decrement(12));
    assertEquals(64, ae.tileCount());
    assertEquals(8 * 28, (int) ae.mosaicImage().getWidth());

    clickOn("#gaussian-grid");
    assertTrue(lookup("#gaussian-grid").queryAs(CheckBox.class).isSelected());
    assertTrue(vm.manifold().vaeProperty().get().gaussian());
    assertFalse(vm.manifold().autoencoderProperty().get().gaussian());
    assertEquals(64, vae.tileCount());
    snapshot(view, "manifold-grid-8-gaussian");
  }

  @Test
  void aGridExportsAsAPngOfTheCanvasSizePlusItsTitle(@TempDir Path dir) throws Exception {
    clickOn("Manifold grid");
    Path file = dir.resolve("vae-grid.png");
    dialogs.pngFiles.add(file);
    clickOn("#manifold-vae-save");
    var png = ImageIO.read(file.toFile());
    var canvas = view.manifoldView().vaeCanvas().canvas();
    assertEquals((int) canvas.getWidth(), png.getWidth());
    assertEquals((int) (canvas.getHeight() + PlotFrame.TITLE_HEIGHT), png.getHeight());
    assertTrue(java.nio.file.Files.size(file) > 5000);
  }
}
