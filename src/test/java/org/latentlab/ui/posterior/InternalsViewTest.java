package org.latentlab.ui.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.testing.ExplorerFxTestBase;
import org.latentlab.ui.plane.DecodedImage;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneViewModel;

/** The "Inside the VAE" tab: pick a digit, sample ε, decode a sample, sample the prior. */
class InternalsViewTest extends ExplorerFxTestBase {

  private Point2D screenOfPoint(InternalsPlaneCard card, PlaneViewModel plane, int index) {
    PlaneData d = plane.dataProperty().get();
    ScreenTransform t = card.planeCanvas().transform();
    return card.planeCanvas()
        .canvas()
        .localToScreen(t.screenX(d.xs()[index]), t.screenY(d.ys()[index]));
  }

  /** An image whose code is well inside the VAE plane's view and not hidden under another dot. */
  private int pickable() {
    PlaneData d = vm.vae().dataProperty().get();
    for (int i = 0; i < d.size(); i++) {
      if (Math.abs(d.xs()[i]) < 1.2
          && Math.abs(d.ys()[i]) < 1.2
          && d.index().nearest(d.xs()[i], d.ys()[i], 1e-4, 1e-4) == i) {
        return i;
      }
    }
    throw new AssertionError("no pickable point");
  }

  @Test
  void selectingADigitShowsItsPosteriorTheFanAndTheElboTerms() {
    clickOn("Inside the VAE");
    InternalsView internals = view.internalsView();
    int index = pickable();
    clickOn(screenOfPoint(internals.vaeCard(), vm.vae(), index));
    PosteriorViewModel.Selected s = vm.posterior().selectedProperty().get();
    assertNotNull(s, "clicking a dot selects it");
    assertEquals(index, s.index());

    Image before = snapshotImage(internals.vaeCard().planeCanvas().canvas());
    clickOn("#sample-epsilon");
    assertEquals(16, internals.posteriorView().fan().images());
    Image after = snapshotImage(internals.vaeCard().planeCanvas().canvas());
    assertTrue(
        whitePixels(after) > whitePixels(before) + 60, "the samples are drawn as white dots");

    String kl = lookup("#elbo-kl").queryAs(Label.class).getText();
    assertEquals(String.format(Locale.ROOT, "%.2f nats", s.vaeTerms().kl()), kl);
    String rec = lookup("#elbo-rec").queryAs(Label.class).getText();
    assertEquals(String.format(Locale.ROOT, "%.2f nats", s.vaeTerms().reconstruction()), rec);
    assertEquals(
        String.format(Locale.ROOT, "%.2f", s.vaeTerms().klPerDimension()[1]),
        lookup("#kl-2").queryAs(Label.class).getText());

    // The close-up is centred on μ and spans ±3.5 of the larger σ.
    var zoom = internals.lookup("#posterior-zoom");
    org.latentlab.latent.Bounds close = ((PosteriorZoom) zoom).view();
    float[] sigma = s.posterior().sigma();
    assertEquals(s.posterior().mu()[0], (close.xMin() + close.xMax()) / 2, 1e-6);
    assertEquals(2 * 3.5 * Math.max(sigma[0], sigma[1]), close.width(), 1e-5);

    clickOn("#decode-sample");
    DecodedImage d = vm.posterior().decodedProperty().get();
    assertTrue(d.code()[0] != s.posterior().mu()[0], "a sample, not μ, is decoded");
    clickOn("#sample-prior");
    assertEquals(16, internals.priorView().vaeGrid().images());
    assertEquals(16, internals.priorView().aeGrid().images());
    snapshot(view, "internals-selected-fan-prior");
  }

  @Test
  void switchingToDecodeASampleLeavesTheVaeThumbnailWhereItWas() {
    clickOn("Inside the VAE");
    InternalsView internals = view.internalsView();
    clickOn(screenOfPoint(internals.vaeCard(), vm.vae(), pickable()));
    clickOn("#decode-mu");
    double before = sceneX(internals.posteriorView().vaeDecoded());
    clickOn("#decode-sample");
    assertEquals(PosteriorViewModel.DecodeMode.SAMPLE, vm.posterior().decodeModeProperty().get());
    assertEquals(before, sceneX(internals.posteriorView().vaeDecoded()), 0.5);
    clickOn("#decode-mu");
    assertEquals(before, sceneX(internals.posteriorView().vaeDecoded()), 0.5);
  }

  @Test
  void theInputCaptionSaysWhichEndpointThePosteriorIsAbout() {
    clickOn("Inside the VAE");
    InternalsView internals = view.internalsView();
    int a = pickable();
    clickOn(screenOfPoint(internals.vaeCard(), vm.vae(), a));
    Label caption = internals.posteriorView().inputCaption();
    assertTrue(caption.getText().startsWith("A \u00b7 "), caption.getText());
    assertTrue(caption.getText().endsWith("#" + a), caption.getText());
    int b = a == 0 ? 1 : 0;
    interact(() -> vm.select(b, true));
    int shown = vm.posterior().selectedProperty().get().index();
    String expected = shown == a ? "A \u00b7 " : "B \u00b7 ";
    assertTrue(caption.getText().startsWith(expected), caption.getText());
    assertTrue(caption.getText().endsWith("#" + shown), caption.getText());
  }

  private double sceneX(javafx.scene.Node node) {
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    double[] x = new double[1];
    interact(() -> x[0] = node.localToScene(node.getLayoutBounds()).getMinX());
    return x[0];
  }

  private static int whitePixels(Image image) {
    int n = 0;
    var r = image.getPixelReader();
    for (int y = 0; y < (int) image.getHeight(); y++) {
      for (int x = 0; x < (int) image.getWidth(); x++) {
        if (r.getArgb(x, y) == 0xFFFFFFFF) {
          n++;
        }
      }
    }
    return n;
  }
}
