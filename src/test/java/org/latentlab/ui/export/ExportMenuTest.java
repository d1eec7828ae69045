package org.latentlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.testing.ExplorerFxTestBase;
import org.latentlab.testing.GifFiles;
import org.latentlab.ui.fx.Dialogs;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.training.TrainingSnapshot;

/**
 * The window's Export menu on fake models: each GIF reads back with ImageIO as the frames, size,
 * delays and loop flag asked for; the CSV holds exactly the codes the planes plot; a bad target is
 * one line in a dialog and leaves no file.
 */
class ExportMenuTest extends ExplorerFxTestBase {
  @TempDir Path tmp;

  private ExportMenu menu() {
    AtomicReference<ExportMenu> m = new AtomicReference<>();
    interact(() -> m.set(new ExportMenu(vm, null, dialogs, threads())));
    return m.get();
  }

  @Test
  void theInterpolationIsOfferedOnlyWithTwoImagesAndPlaysInBothModels() throws Exception {
    ExportMenu menu = menu();
    interact(menu::refresh);
    assertTrue(menu.getItems().get(0).isDisable(), "nothing selected: no interpolation");
    interact(
        () -> {
          vm.select(10, false);
          vm.select(20, true);
          menu.refresh();
        });
    assertFalse(menu.getItems().get(0).isDisable());
    Path gif = tmp.resolve("walk.gif");
    dialogs.gifs.add(new Dialogs.GifTarget(gif, 6, 12, 310));
    interact(menu::saveInterpolation);
    assertEquals(List.of(), dialogs.errors);
    GifFiles.Gif g = GifFiles.read(gif);
    assertEquals(6, g.frames());
    assertEquals(310, g.width());
    assertEquals(Math.round(590 * 0.5), g.height(), "the figure's shape at half its width");
    assertEquals(List.of(8, 8, 8, 8, 8, 8), g.delays());
    assertTrue(g.loopsForever());
    assertTrue(
        dialogs.infos.get(0).startsWith("Saved walk.gif (310\u00d7295, 6 frames at 8/100 s"),
        dialogs.infos.toString());
    assertNotEquals(
        checksum(g.images().get(0)),
        checksum(g.images().get(5)),
        "A's frame and B's frame show other digits");
  }

  @Test
  void theFanRedrawsItsSamplesEveryFrame() throws Exception {
    ExportMenu menu = menu();
    interact(() -> vm.select(10, false));
    Path gif = tmp.resolve("fan.gif");
    dialogs.gifs.add(new Dialogs.GifTarget(gif, 4, 2, 0));
    interact(menu::saveFan);
    assertEquals(List.of(), dialogs.errors);
    GifFiles.Gif g = GifFiles.read(gif);
    assertEquals(4, g.frames());
    assertEquals(760, g.width());
    assertEquals(List.of(50, 50, 50, 50), g.delays(), "2 fps: half a second a frame");
    assertTrue(g.loopsForever());
  }

  @Test
  void aTrainingReplayHasOneFramePerChosenSnapshot() {
    PlaneData d = vm.vae().dataProperty().get();
    List<TrainingSnapshot> snapshots = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      snapshots.add(new TrainingSnapshot(1, i * 10L, false, true, d));
    }
    AtomicReference<List<BufferedImage>> frames = new AtomicReference<>();
    interact(
        () ->
            frames.set(
                Figures.frames(
                    TrainingAnimation.of("Training", snapshots, List.of("0", "1"), List.of(), 5),
                    280)));
    assertEquals(5, frames.get().size(), "5 of 9 snapshots, spread over the run");
    assertEquals(280, frames.get().get(0).getWidth());
    assertEquals(330, frames.get().get(0).getHeight());
  }

  @Test
  void theCsvHoldsExactlyThePlottedCodesAndTheVaesSigma() throws Exception {
    ExportMenu menu = menu();
    Path csv = tmp.resolve("codes.csv");
    dialogs.csvFiles.add(csv);
    interact(menu::saveCodes);
    assertEquals(List.of(), dialogs.errors);
    List<String> lines = Files.readAllLines(csv);
    assertEquals("index,label,class,model,kind,z1,z2,sigma1,sigma2", lines.get(0));
    PlaneData ae = vm.autoencoder().dataProperty().get();
    PlaneData vae = vm.vae().dataProperty().get();
    assertEquals(1 + ae.size() + vae.size(), lines.size());
    for (int i : new int[] {0, 1, 777, ae.size() - 1}) {
      String[] a = lines.get(1 + i).split(",", -1);
      assertEquals(
          List.of(Integer.toString(i), Integer.toString(ae.labels()[i])), List.of(a[0], a[1]));
      assertEquals("ae", a[4]);
      assertEquals(ae.codes()[i][0], Float.parseFloat(a[5]));
      assertEquals(ae.codes()[i][1], Float.parseFloat(a[6]));
      assertEquals("", a[7], "an AE has no sigma");
      String[] v = lines.get(1 + ae.size() + i).split(",", -1);
      assertEquals("vae", v[4]);
      assertEquals(vae.codes()[i][0], Float.parseFloat(v[5]));
      assertEquals(vae.codes()[i][1], Float.parseFloat(v[6]));
      assertEquals((float) Math.exp(0.5 * -2.0), Float.parseFloat(v[7]), 1e-6, "the fake's σ1");
      assertEquals((float) Math.exp(0.5 * -2.8), Float.parseFloat(v[8]), 1e-6, "the fake's σ2");
    }
    assertTrue(dialogs.infos.get(0).startsWith("Saved codes.csv ("), dialogs.infos.toString());
  }

  @Test
  void aFolderThatCannotTakeTheFileIsOneLineAndNothingIsLeft() throws Exception {
    ExportMenu menu = menu();
    interact(
        () -> {
          vm.select(10, false);
          vm.select(20, true);
        });
    Path blocked = Files.writeString(tmp.resolve("a-file"), "not a folder");
    dialogs.gifs.add(new Dialogs.GifTarget(blocked.resolve("walk.gif"), 4, 12, 0));
    interact(menu::saveInterpolation);
    assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
    assertTrue(
        dialogs.errors.get(0).startsWith("Could not save walk.gif: cannot write "),
        dialogs.errors.get(0));
    dialogs.gifs.add(new Dialogs.GifTarget(tmp.resolve("slow.gif"), 4, 0, 0));
    interact(menu::saveInterpolation);
    assertEquals("fps must be between 1 and 50, got 0", dialogs.errors.get(1));
    try (var files = Files.list(tmp)) {
      assertEquals(List.of(blocked), files.toList(), "no GIF and no part file");
    }
  }

  private static long checksum(BufferedImage img) {
    long sum = 0;
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        sum = sum * 31 + img.getRGB(x, y);
      }
    }
    return sum;
  }
}
