package org.latentlab.ui.drawing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.latent.draw.MnistPreprocess;
import org.latentlab.latent.draw.StrokeRaster;
import org.latentlab.testing.ExplorerFxTestBase;
import org.latentlab.ui.plane.PlaneCanvas;
import org.latentlab.ui.plane.PlaneData;

/** The "Draw" tab in the explorer window: a robot draws a digit and it lands on the planes. */
class DrawingViewTest extends ExplorerFxTestBase {
  @TempDir Path dir;

  private DrawingView openTab() {
    clickOn("Draw");
    return lookup("#drawing").queryAs(DrawingView.class);
  }

  /** Drags a "7" across the pad: a bar along the top, then a slanted stem. */
  private void drawSeven() {
    Canvas pad = lookup("#drawing-pad").queryAs(Canvas.class);
    moveTo(pad.localToScreen(60, 50));
    press(MouseButton.PRIMARY);
    for (int x = 80; x <= 220; x += 20) {
      moveTo(pad.localToScreen(x, 50));
    }
    for (int y = 70; y <= 250; y += 20) {
      moveTo(pad.localToScreen(220 - (y - 50) * 0.45, y));
    }
    release(MouseButton.PRIMARY);
  }

  @Test
  void aDigitDrawnByTheRobotLandsOnBothPlanesWhereItsEncodingSays() {
    DrawingView drawing = openTab();
    drawSeven();

    DrawingViewModel dvm = drawing.viewModel();
    assertEquals(1, dvm.strokesProperty().get().size(), "one drag, one stroke");
    Reading r = dvm.readingProperty().get();
    assertNotNull(r, "the drawing was read: " + dvm.messageProperty().get());
    float[] input =
        MnistPreprocess.of(
            StrokeRaster.paint(dvm.strokesProperty().get(), null, DrawingViewModel.PAD),
            DrawingViewModel.PAD,
            DrawingViewModel.PAD);
    assertArrayEquals(input, r.input());
    float[] code = session.autoencoder().encode(new float[][] {input})[0];
    float[] mu = session.vae().encodePosterior(new float[][] {input})[0].mu();
    assertArrayEquals(code, vm.autoencoder().cursorProperty().get());
    assertArrayEquals(mu, vm.vae().cursorProperty().get());
    assertTrue(
        lookup("#drawing-elbo").queryAs(Label.class).getText().contains("KL"),
        "the ELBO terms are shown");
    assertTrue(lookup("#drawing-guess").queryAs(Label.class).getText().contains("guess"));
    assertTrue(contourPixels(drawing) > 100, "the σ-ellipses are drawn");
    snapshot(drawing, "draw-tab-seven");

    clickOn("Latent space");
    assertRingAt(view.autoencoderPlane().planeCanvas(), code);
    assertRingAt(view.vaePlane().planeCanvas(), mu);
  }

  /** The cursor's ring on {@code plane} is drawn at {@code code}'s point, to the pixel. */
  private void assertRingAt(PlaneCanvas plane, float[] code) {
    PlaneData d =
        plane == view.autoencoderPlane().planeCanvas()
            ? vm.autoencoder().dataProperty().get()
            : vm.vae().dataProperty().get();
    ScreenTransform t = plane.transform();
    Circle ring = (Circle) plane.lookupAll("Circle").iterator().next();
    assertEquals(t.screenX(d.projection().x(code)), ring.getCenterX(), 1.0);
    assertEquals(t.screenY(d.projection().y(code)), ring.getCenterY(), 1.0);
  }

  @Test
  void undoAndClearEmptyThePadAndSayWhatToDo() {
    DrawingView drawing = openTab();
    drawSeven();
    clickOn("#drawing-undo");
    assertNull(drawing.viewModel().readingProperty().get());
    assertEquals(DrawingViewModel.START, lookup("#drawing-message").queryAs(Label.class).getText());
    assertEquals(0, contourPixels(drawing), "no ellipses without a digit");
    drawSeven();
    clickOn("#drawing-clear");
    assertTrue(drawing.viewModel().strokesProperty().get().isEmpty());
  }

  @Test
  void openingAFileThatIsNotAnImageShowsOneLineAndKeepsTheDrawing() throws IOException {
    DrawingView drawing = openTab();
    drawSeven();
    dialogs.imageFiles.add(Files.writeString(dir.resolve("digit.png"), "hello"));
    clickOn("#drawing-open");
    assertEquals(List.of("digit.png is not an image: open a PNG or JPEG file"), dialogs.errors);
    assertNotNull(drawing.viewModel().readingProperty().get());
  }

  /** How many pixels the ellipse overlay on the tab's VAE plane paints. */
  private int contourPixels(DrawingView drawing) {
    ContourOverlay overlay =
        drawing.vaePlane().getChildren().stream()
            .filter(ContourOverlay.class::isInstance)
            .map(ContourOverlay.class::cast)
            .findFirst()
            .orElseThrow();
    java.util.concurrent.atomic.AtomicReference<Image> image =
        new java.util.concurrent.atomic.AtomicReference<>();
    interact(
        () -> {
          javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
          p.setFill(javafx.scene.paint.Color.TRANSPARENT);
          image.set(overlay.snapshot(p, null));
        });
    int n = 0;
    var reader = image.get().getPixelReader();
    for (int y = 0; y < (int) image.get().getHeight(); y++) {
      for (int x = 0; x < (int) image.get().getWidth(); x++) {
        n += reader.getColor(x, y).getOpacity() > 0.5 ? 1 : 0;
      }
    }
    return n;
  }
}
