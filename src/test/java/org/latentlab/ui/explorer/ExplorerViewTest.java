package org.latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.latent.Interpolation;
import org.latentlab.testing.ExplorerFxTestBase;
import org.latentlab.testing.FakeLatentModel;
import org.latentlab.ui.interpolation.FilmStrip;
import org.latentlab.ui.plane.DecodedImage;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlotFrame;

/** The explorer's wiring of real nodes: what a lecturer clicks and what the window then shows. */
class ExplorerViewTest extends ExplorerFxTestBase {

  @Test
  void windowOpensWithBothPlanesAndTheirPointsDrawn() {
    List<String> titles =
        lookup(".card-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
    assertTrue(
        titles.contains("Autoencoder") && titles.contains("Variational autoencoder"),
        titles.toString());
    for (PlaneView plane : List.of(view.autoencoderPlane(), view.vaePlane())) {
      Image shot = snapshotImage(plane.planeCanvas().canvas());
      assertTrue(classColoredPixels(shot) > 2000, "too few class-coloured pixels drawn");
      assertNotNull(plane.decodedView().getImage());
    }
    assertEquals(10, lookup("#legend .swatch").queryAll().size());
    assertFalse(lookup("#loading").query().isVisible());
    snapshot(view, "explorer-opened");
  }

  @Test
  void clickOnAPlaneDecodesThatPoint() {
    PlaneView ae = view.autoencoderPlane();
    int[] before = shownPixels(ae);
    Point2D p = screenOf(ae, 0.5, 0.5); // the hole in the middle of the ring
    clickOn(p);
    Image after = ae.decodedView().getImage();
    assertFalse(Arrays.equals(before, shownPixels(ae)), "the view still shows the old image");
    DecodedImage d = vm.autoencoder().decodedProperty().get();
    double[] expected = planeAt(ae, p);
    assertEquals(expected[0], d.code()[0], 0.05);
    assertEquals(expected[1], d.code()[1], 0.05);
    // Shown 6× enlarged with every decoded pixel an equal square: compare a block with its value.
    assertEquals(168, (int) after.getWidth());
    int grey = Math.round(d.pixels()[14 * 28 + 14] * 255);
    for (int dy = 0; dy < 6; dy++) {
      for (int dx = 0; dx < 6; dx++) {
        assertEquals(
            0xFF000000 | grey << 16 | grey << 8 | grey,
            after.getPixelReader().getArgb(14 * 6 + dx, 14 * 6 + dy));
      }
    }
  }

  @Test
  void dragDecodesSeveralTimesAndEndsOnTheFinalPoint() {
    PlaneView vae = view.vaePlane();
    AtomicInteger images = new AtomicInteger();
    vm.vae().decodedProperty().addListener((obs, was, now) -> images.incrementAndGet());
    Point2D from = screenOf(vae, -2, -2);
    Point2D to = screenOf(vae, 2.5, 1.5);
    drag(from, MouseButton.PRIMARY).moveTo(screenOf(vae, 0, 2)).moveTo(to).drop();
    assertTrue(images.get() >= 5, "decoded image updated only " + images.get() + " times");
    DecodedImage last = vm.vae().decodedProperty().get();
    double[] end = planeAt(vae, to);
    assertEquals(end[0], last.code()[0], 0.05);
    assertEquals(end[1], last.code()[1], 0.05);
    assertArrayEquals(session.vae().decode(last.code()), last.pixels());
    assertArrayEquals(last.code(), vm.vae().cursorProperty().get());
    // The view shows the last image (it is rewritten in place, not replaced).
    int grey = Math.round(last.pixels()[14 * 28 + 14] * 255);
    assertEquals(
        0xFF000000 | grey << 16 | grey << 8 | grey,
        vae.decodedView().getImage().getPixelReader().getArgb(14 * 6 + 3, 14 * 6 + 3));
    snapshot(vae, "vae-after-drag");
  }

  @Test
  void sliderMovesTheCursorAndTheCursorMovesTheSlider() {
    Slider z1 = lookup("#vae-slider-0").queryAs(Slider.class);
    Slider z2 = lookup("#vae-slider-1").queryAs(Slider.class);
    interact(() -> z1.setValue(1.25));
    assertEquals(1.25f, vm.vae().cursorProperty().get()[0]);
    assertEquals(1.25f, vm.vae().decodedProperty().get().code()[0]);
    double was = z2.getValue();
    drag(z2.lookup(".thumb"), MouseButton.PRIMARY).moveBy(60, 0).drop();
    assertTrue(z2.getValue() > was);
    assertEquals(z2.getValue(), vm.vae().cursorProperty().get()[1], 1e-6);
    Point2D p = screenOf(view.vaePlane(), 0.4, -0.3); // empty: a click on a dot would select it
    clickOn(p);
    double[] at = planeAt(view.vaePlane(), p);
    assertEquals(at[0], z1.getValue(), 0.05);
    assertEquals(at[1], z2.getValue(), 0.05);
    snapshot(view.vaePlane(), "vae-slider-and-cursor");
  }

  @Test
  void hoveringAPointShowsItsImageAndLabel() {
    PlaneData d = vm.autoencoder().dataProperty().get();
    moveTo(screenOf(view.autoencoderPlane(), d.xs()[7], d.ys()[7]));
    int hovered = vm.hoveredProperty().get();
    assertTrue(hovered >= 0);
    assertNotNull(lookup("#hover-image").queryAs(ImageView.class).getImage());
    String caption = lookup("#hover-caption").queryAs(Label.class).getText();
    assertTrue(caption.startsWith(String.valueOf(session.images().label(hovered))), caption);
    snapshot(lookup("#hover").query(), "hover-panel");
  }

  @Test
  void twoSelectedPointsGiveTwoStripsOfNImages() {
    PlaneData d = vm.autoencoder().dataProperty().get();
    int a = indexOfClass(d, 2);
    int b = indexOfClass(d, 7);
    clickOn(screenOf(view.autoencoderPlane(), d.xs()[a], d.ys()[a]));
    assertTrue(vm.firstSelectedProperty().get() >= 0);
    assertEquals(
        3,
        lookup("#comparison-figure .image-view").queryAllAs(ImageView.class).stream()
            .filter(v -> v.getImage() != null)
            .count());
    assertTrue(
        lookup("#comparison-figure .caption").queryAllAs(Label.class).stream()
            .anyMatch(l -> l.getText().endsWith(" nats")));
    assertEquals(0, lookup("#ae-strip").queryAs(FilmStrip.class).frames());
    press(KeyCode.SHIFT)
        .clickOn(screenOf(view.autoencoderPlane(), d.xs()[b], d.ys()[b]))
        .release(KeyCode.SHIFT);
    assertTrue(vm.secondSelectedProperty().get() >= 0);
    FilmStrip ae = lookup("#ae-strip").queryAs(FilmStrip.class);
    FilmStrip vae = lookup("#vae-strip").queryAs(FilmStrip.class);
    assertEquals(10, ae.frames());
    assertEquals(10, lookup("#vae-strip .image-view").queryAll().size());
    snapshot(view, "two-points-selected");
    Spinner<?> steps = lookup("#steps").queryAs(Spinner.class);
    interact(() -> steps.getValueFactory().decrement(4));
    assertEquals(6, ae.frames());
    assertEquals(6, vae.frames());
    interact(() -> lookup("#walk").queryAs(Slider.class).setValue(0.5));
    float[] mid = vm.autoencoder().cursorProperty().get();
    float[] ca = d.codes()[vm.firstSelectedProperty().get()];
    float[] cb = d.codes()[vm.secondSelectedProperty().get()];
    assertEquals((ca[0] + cb[0]) / 2, mid[0], 1e-5);
    clickOn("#vae-path").clickOn("spherical (slerp)");
    assertEquals(Interpolation.Mode.SPHERICAL, vm.interpolation().vaeModeProperty().get());
    assertEquals(6, vae.frames());
    snapshot(lookup("#interpolation").query(), "interpolation-strips");
  }

  @Test
  void planeStripAndComparisonExportAsPngsOfTheRightSize(@TempDir Path dir) throws Exception {
    Path plane = dir.resolve("ae.png");
    dialogs.pngFiles.add(plane);
    clickOn("#ae-save");
    var png = ImageIO.read(plane.toFile());
    var canvas = view.autoencoderPlane().planeCanvas().canvas();
    assertEquals((int) canvas.getWidth(), png.getWidth());
    assertEquals((int) (canvas.getHeight() + PlotFrame.TITLE_HEIGHT), png.getHeight());
    assertTrue(Files.size(plane) > 5000);
    Files.copy(
        plane,
        SNAPSHOTS.resolve("export-ae-plane.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    PlaneData d = vm.autoencoder().dataProperty().get();
    clickOn(screenOf(view.autoencoderPlane(), d.xs()[3], d.ys()[3]));
    Path strip = dir.resolve("reconstructions.png");
    dialogs.pngFiles.add(strip);
    clickOn("#comparison-save");
    var figure = lookup("#comparison-figure").query();
    var stripPng = ImageIO.read(strip.toFile());
    assertEquals(Math.round(figure.getLayoutBounds().getWidth()), stripPng.getWidth(), 1.0);
    assertEquals(Math.round(figure.getLayoutBounds().getHeight()), stripPng.getHeight(), 1.0);
    assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
  }

  @Test
  void aModelFolderThatFailsShowsOneLineAndTheAppStaysUsable() {
    dialogs.folders.add(Path.of("/tmp/not-a-model"));
    clickOn("#open-folder");
    assertEquals(1, dialogs.errors.size());
    String message = dialogs.errors.get(0);
    assertTrue(message.startsWith("Could not open not-a-model: "), message);
    assertFalse(message.contains("\n"));
    int[] before = shownPixels(view.autoencoderPlane());
    clickOn(screenOf(view.autoencoderPlane(), 1, 1));
    assertFalse(
        Arrays.equals(before, shownPixels(view.autoencoderPlane())),
        "after the error the plane still decodes");
  }

  @Test
  void switchingToAThreeDimensionalPairShowsPrincipalComponentsAndThreeSliders() {
    interact(
        () ->
            lookup("#model-choice")
                .queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel()
                .select("Fake 3-D"));
    assertEquals("Fake 3-D", vm.sessionProperty().get().title());
    assertTrue(lookup("#ae-slider-2").tryQuery().isPresent());
    assertTrue(((FakeLatentModel) session.autoencoder()).isClosed());
    Point2D p = screenOf(view.autoencoderPlane(), 1, -1);
    clickOn(p);
    double[] onPlane = vm.autoencoder().cursorOnPlane();
    double[] at = planeAt(view.autoencoderPlane(), p);
    assertEquals(at[0], onPlane[0], 0.05);
    assertEquals(at[1], onPlane[1], 0.05);
    snapshot(view, "explorer-3d-pca");
  }

  @Test
  void largeDataSetsPlotTheChosenNumberOfPointsWithClassNamesInTheLegend() {
    assertFalse(lookup("#point-limit").query().getParent().isVisible());
    interact(() -> vm.openBundled("Fake fashion"));
    assertTrue(lookup("#point-limit").query().getParent().isVisible());
    assertEquals(ExplorerViewModel.DEFAULT_POINTS, vm.autoencoder().dataProperty().get().size());
    assertTrue(
        lookup("#legend .label").queryAllAs(Label.class).stream()
            .anyMatch(l -> l.getText().equals("Ankle boot")));
    snapshot(view, "fashion-names-and-point-limit");
    interact(
        () ->
            lookup("#point-limit")
                .queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel()
                .select(Integer.valueOf(12_000)));
    assertEquals(12_000, vm.autoencoder().dataProperty().get().size());
    assertEquals(12_000, vm.vae().dataProperty().get().size());
  }

  private static int indexOfClass(PlaneData d, int cls) {
    for (int i = 0; i < d.size(); i++) {
      if (d.labels()[i] == cls) {
        return i;
      }
    }
    throw new AssertionError("no image of class " + cls);
  }

  /** The pixels the plane's decoded view shows now (a copy), or null. */
  private static int[] shownPixels(PlaneView plane) {
    Image img = plane.decodedView().getImage();
    if (img == null) {
      return null;
    }
    int w = (int) img.getWidth();
    int h = (int) img.getHeight();
    int[] out = new int[w * h];
    img.getPixelReader()
        .getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, w);
    return out;
  }
}
