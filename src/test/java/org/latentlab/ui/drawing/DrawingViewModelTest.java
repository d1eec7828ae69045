package org.latentlab.ui.drawing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.latent.draw.MnistPreprocess;
import org.latentlab.latent.draw.StrokeRaster;
import org.latentlab.testing.FakeSource;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;

/** Drawing on the pad, undoing, clearing and opening files, without a window. */
class DrawingViewModelTest {
  private final ExplorerViewModel explorer =
      new ExplorerViewModel(UiThreads.sameThread(), new FakeSource(400));
  private final ExplorerSession session = FakeSource.session(400);
  private final DrawingViewModel vm = new DrawingViewModel(explorer, UiThreads.sameThread());
  private final List<String> errors = new ArrayList<>();
  @TempDir Path dir;

  DrawingViewModelTest() {
    vm.setErrorHandler(errors::add);
    explorer.show(session);
  }

  /** A "1": a vertical stroke down the pad's right half. */
  private void drawOne() {
    vm.beginStroke(200, 40);
    for (int y = 50; y <= 240; y += 10) {
      vm.extendStroke(200 + (y - 40) * 0.1, y);
    }
    vm.endStroke();
  }

  @Test
  void aDrawingBecomesEndpointAAndTheInterpolationWalksFromItsCodesToB() {
    assertEquals(false, vm.useAs(false), "nothing drawn yet");
    assertEquals(List.of("Draw a digit on the pad, or open an image."), errors);
    drawOne();
    Reading r = vm.readingProperty().get();
    explorer.select(9, false);
    assertTrue(vm.useAs(false));
    assertEquals(-1, explorer.firstSelectedProperty().get(), "the drawing takes A's place");
    assertTrue(explorer.isDrawn(false));
    explorer.select(5, true);
    var strips = explorer.interpolation().stripsProperty().get();
    assertNotNull(strips, "A drawn, B clicked: a path");
    assertEquals(
        org.latentlab.ui.interpolation.InterpolationViewModel.DRAWN,
        strips.from(),
        "from the drawing");
    assertEquals(5, strips.to());
    assertArrayEquals(session.autoencoder().decode(r.aeCode()), strips.autoencoder().get(0));
    assertArrayEquals(session.vae().decode(r.vae().mu()), strips.vae().get(0));
    float[] bCode = explorer.autoencoder().dataProperty().get().codes()[5];
    assertArrayEquals(
        session.autoencoder().decode(bCode), strips.autoencoder().get(strips.steps() - 1));

    vm.useAs(true);
    assertEquals(-1, explorer.secondSelectedProperty().get());
    assertNull(
        explorer.interpolation().stripsProperty().get(), "the same drawing at both ends: no walk");
    explorer.select(2, false);
    assertEquals(2, explorer.interpolation().stripsProperty().get().from());
    assertEquals(
        org.latentlab.ui.interpolation.InterpolationViewModel.DRAWN,
        explorer.interpolation().stripsProperty().get().to(),
        "A clicked, B drawn");
  }

  @Test
  void aDrawnStrokeIsEncodedByBothModelsAndBothCursorsMoveToTheCodes() {
    drawOne();

    Reading r = vm.readingProperty().get();
    assertNotNull(r);
    float[] expected =
        MnistPreprocess.of(
            StrokeRaster.paint(vm.strokesProperty().get(), null, DrawingViewModel.PAD),
            DrawingViewModel.PAD,
            DrawingViewModel.PAD);
    assertArrayEquals(expected, r.input());
    assertArrayEquals(session.autoencoder().encode(new float[][] {expected})[0], r.aeCode());
    assertArrayEquals(r.aeCode(), explorer.autoencoder().cursorProperty().get());
    assertArrayEquals(r.vae().mu(), explorer.vae().cursorProperty().get());
    assertEquals(28 * 28, r.aeReconstruction().length);
    assertEquals(28 * 28, r.vaeReconstruction().length);
    assertTrue(r.vaeTerms().hasKl() && !r.aeTerms().hasKl());
    assertTrue(r.vaeTerms().reconstruction() > 0);
    assertEquals(2, vm.contoursOn(explorer.vae().dataProperty().get()).length, "1σ and 2σ");
    assertEquals(0, vm.contoursOn(explorer.autoencoder().dataProperty().get()).length);
    assertNotNull(r.guess(), "the fake data has a classifier");
    assertTrue(r.guess().confidence() > 0 && r.guess().confidence() <= 1);
    assertEquals("", vm.messageProperty().get());
  }

  @Test
  void undoTakesBackOneStrokeAtATimeAndAnEmptyPadSaysSo() {
    drawOne();
    float[] oneStroke = vm.readingProperty().get().aeCode();
    vm.beginStroke(60, 60);
    vm.extendStroke(120, 60);
    vm.endStroke();
    assertEquals(2, vm.strokesProperty().get().size());

    vm.undo();
    assertArrayEquals(oneStroke, vm.readingProperty().get().aeCode());
    vm.undo();
    assertNull(vm.readingProperty().get());
    assertEquals(DrawingViewModel.START, vm.messageProperty().get());
  }

  @Test
  void clearEmptiesThePad() {
    drawOne();
    vm.clear();
    assertTrue(vm.strokesProperty().get().isEmpty());
    assertNull(vm.readingProperty().get());
  }

  @Test
  void aStrokeDrawnOffThePadIsTheEmptyDrawingMessage() {
    vm.beginStroke(-100, -100);
    vm.endStroke();
    assertNull(vm.readingProperty().get());
    assertEquals(MnistPreprocess.EMPTY, vm.messageProperty().get());
  }

  @Test
  void anImageOfDarkInkOnWhitePaperIsInvertedAndRead() throws IOException {
    BufferedImage img = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 120, 90);
    g.setColor(Color.BLACK);
    g.fillRect(50, 10, 12, 70);
    g.dispose();
    Path file = dir.resolve("one.jpg");
    ImageIO.write(img, "jpeg", file.toFile());
    drawOne();

    vm.openImage(file);

    assertEquals(List.of(), errors);
    assertTrue(vm.strokesProperty().get().isEmpty(), "the image replaces the drawing");
    float[] pad = vm.backdropProperty().get();
    int middle = (DrawingViewModel.PAD / 2) * DrawingViewModel.PAD + DrawingViewModel.PAD / 2;
    assertTrue(pad[middle] > 0.9, "the black bar is bright ink");
    assertTrue(pad[DrawingViewModel.PAD * DrawingViewModel.PAD / 2 + 5] < 0.1, "paper is black");
    assertNotNull(vm.readingProperty().get());
    vm.undo();
    assertNull(vm.backdropProperty().get());
  }

  @Test
  void filesThatAreNotDigitPicturesAreRefusedInOneLineAndTheDrawingStays() throws IOException {
    drawOne();
    Reading before = vm.readingProperty().get();
    Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
    Path tiny = dir.resolve("dot.png");
    ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", tiny.toFile());
    Path huge = dir.resolve("poster.png");
    Files.write(huge, pngHeader(10_000, 10_000));
    Path blank = dir.resolve("blank.png");
    ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());

    for (Path p : List.of(text, tiny, huge, blank, dir.resolve("missing.png"))) {
      vm.openImage(p);
    }

    assertEquals(
        List.of(
            "notes.png is not an image: open a PNG or JPEG file",
            "dot.png is 1×1 pixels: open an image of at least 8×8",
            "poster.png is 10000×10000 pixels: open an image of at most 4096×4096",
            "blank.png is blank: there is no digit to read",
            "Could not open missing.png: no such file"),
        errors);
    assertEquals(before, vm.readingProperty().get());
    assertEquals(1, vm.strokesProperty().get().size());
  }

  /** A PNG's signature and header chunk claiming w × h pixels, with no pixel data. */
  private static byte[] pngHeader(int w, int h) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    DataOutputStream c = new DataOutputStream(chunk);
    c.write("IHDR".getBytes(StandardCharsets.US_ASCII));
    c.writeInt(w);
    c.writeInt(h);
    c.write(new byte[] {8, 0, 0, 0, 0});
    byte[] body = chunk.toByteArray();
    out.writeInt(body.length - 4);
    out.write(body);
    CRC32 crc = new CRC32();
    crc.update(body);
    out.writeInt((int) crc.getValue());
    return bytes.toByteArray();
  }
}
