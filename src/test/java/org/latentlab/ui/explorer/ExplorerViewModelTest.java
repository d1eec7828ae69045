package org.latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.Interpolation;
import org.latentlab.latent.Pca;
import org.latentlab.testing.FakeLatentModel;
import org.latentlab.testing.FakeSource;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.interpolation.InterpolationStrips;
import org.latentlab.ui.interpolation.InterpolationViewModel;
import org.latentlab.ui.plane.DecodedImage;
import org.latentlab.ui.plane.LatentDimension;
import org.latentlab.ui.plane.PlaneViewModel;

/** The explorer's behaviour without a window: same-thread executors, fake models. */
class ExplorerViewModelTest {
  private final ExplorerViewModel vm =
      new ExplorerViewModel(UiThreads.sameThread(), new FakeSource(500));
  private final ExplorerSession session = FakeSource.session(500);

  @Test
  void showingASessionPlotsEveryImageAndDecodesTheCursor() {
    vm.show(session);
    assertFalse(vm.loadingProperty().get());
    assertEquals(500, vm.autoencoder().dataProperty().get().size());
    assertEquals(500, vm.vae().dataProperty().get().size());
    assertNotNull(vm.autoencoder().decodedProperty().get());
    assertTrue(vm.statusProperty().get().contains("500 of 500"), vm.statusProperty().get());
    // VAE sliders cover the prior's ±3 at least.
    LatentDimension z1 = vm.vae().dimensions().get(0);
    assertTrue(z1.minProperty().get() <= -3 && z1.maxProperty().get() >= 3);
  }

  @Test
  void movingTheCursorDecodesItsLatentPoint() {
    vm.show(session);
    vm.autoencoder().moveCursorTo(1.5, -2.0);
    DecodedImage d = vm.autoencoder().decodedProperty().get();
    assertArrayEquals(new float[] {1.5f, -2.0f}, d.code());
    assertArrayEquals(session.autoencoder().decode(new float[] {1.5f, -2.0f}), d.pixels());
  }

  @Test
  void slidersAndCursorFollowEachOther() {
    vm.show(session);
    PlaneViewModel p = vm.vae();
    p.dimensions().get(0).valueProperty().set(0.75);
    assertEquals(0.75f, p.cursorProperty().get()[0]);
    assertEquals(0.75f, p.decodedProperty().get().code()[0]);
    p.moveCursorTo(-1.25, 2.5);
    assertEquals(-1.25, p.dimensions().get(0).valueProperty().get(), 1e-6);
    assertEquals(2.5, p.dimensions().get(1).valueProperty().get(), 1e-6);
    // Beyond the slider's range: the range grows instead of clamping the cursor.
    p.moveCursorTo(40, 0);
    assertEquals(40, p.dimensions().get(0).maxProperty().get(), 1e-6);
    assertEquals(40, p.dimensions().get(0).valueProperty().get(), 1e-6);
  }

  @Test
  void selectingAnImageComparesBothReconstructions() {
    vm.show(session);
    vm.select(3, false);
    Comparison c = vm.comparison().comparisonProperty().get();
    assertEquals(3, c.index());
    float[] x = session.images().image(3);
    assertArrayEquals(x, c.input());
    assertEquals(
        session.autoencoder().reconstructionLoss(new float[][] {x})[0], c.autoencoderLoss(), 1e-3);
    assertEquals(session.vae().reconstructionLoss(new float[][] {x})[0], c.vaeLoss(), 1e-3);
    float[] code = vm.autoencoder().dataProperty().get().codes()[3];
    assertArrayEquals(code, vm.autoencoder().cursorProperty().get());
    assertNull(vm.interpolation().stripsProperty().get());
  }

  @Test
  void twoSelectedImagesGiveTwoStripsOfNFrames() {
    vm.show(session);
    vm.select(3, false);
    vm.select(10, true);
    InterpolationStrips s = vm.interpolation().stripsProperty().get();
    assertEquals(InterpolationViewModel.DEFAULT_STEPS, s.autoencoder().size());
    assertEquals(InterpolationViewModel.DEFAULT_STEPS, s.vae().size());
    assertNotNull(vm.autoencoder().pathProperty().get());
    vm.interpolation().stepsProperty().set(6);
    assertEquals(6, vm.interpolation().stripsProperty().get().steps());
    // The first and last frames decode the endpoints' codes.
    float[] a = vm.vae().dataProperty().get().codes()[3];
    assertArrayEquals(
        session.vae().decode(a), vm.interpolation().stripsProperty().get().vae().get(0));
  }

  @Test
  void walkingMovesBothCursorsAlongTheirPaths() {
    vm.show(session);
    vm.select(3, false);
    vm.select(10, true);
    float[] a0 = vm.autoencoder().dataProperty().get().codes()[3];
    float[] a1 = vm.autoencoder().dataProperty().get().codes()[10];
    float[] v0 = vm.vae().dataProperty().get().codes()[3];
    float[] v1 = vm.vae().dataProperty().get().codes()[10];
    vm.interpolation().positionProperty().set(0.5);
    assertArrayEquals(Interpolation.lerp(a0, a1, 0.5), vm.autoencoder().cursorProperty().get());
    vm.interpolation().vaeModeProperty().set(Interpolation.Mode.SPHERICAL);
    vm.interpolation().positionProperty().set(0.25);
    assertArrayEquals(Interpolation.slerp(v0, v1, 0.25), vm.vae().cursorProperty().get(), 1e-6f);
    float[][] path = vm.vae().pathProperty().get();
    assertArrayEquals(Interpolation.slerp(v0, v1, 0.5), path[path.length / 2], 1e-6f);
  }

  @Test
  void manifoldGridsHaveNByNTilesAndOnlyWhenActive() {
    vm.show(session);
    assertNull(vm.manifold().autoencoderProperty().get());
    vm.manifold().activeProperty().set(true);
    assertEquals(400, vm.manifold().autoencoderProperty().get().tiles().length);
    assertEquals(400, vm.manifold().vaeProperty().get().tiles().length);
    vm.manifold().sizeProperty().set(7);
    assertEquals(49, vm.manifold().vaeProperty().get().tiles().length);
    assertFalse(vm.manifold().vaeProperty().get().gaussian());
    vm.manifold().gaussianProperty().set(true);
    assertTrue(vm.manifold().vaeProperty().get().gaussian());
    // Zooming the plane changes the area the AE grid covers.
    vm.autoencoder().zoom(2, 0, 0);
    assertEquals(
        vm.autoencoder().viewProperty().get(), vm.manifold().autoencoderProperty().get().area());
  }

  @Test
  void zoomPanAndResetView() {
    vm.show(session);
    PlaneViewModel p = vm.autoencoder();
    var home = p.viewProperty().get();
    p.zoom(2, home.xMin(), home.yMin());
    assertEquals(home.width() / 2, p.viewProperty().get().width(), 1e-9);
    p.pan(1, 1);
    p.resetView();
    assertEquals(home, p.viewProperty().get());
  }

  @Test
  void theViewKeepsEqualUnitsPerPixel() {
    vm.show(session);
    PlaneViewModel p = vm.autoencoder();
    p.setViewportAspect(2);
    assertEquals(2, p.viewProperty().get().width() / p.viewProperty().get().height(), 1e-9);
    p.resetView();
    var home = p.dataProperty().get().home();
    var view = p.viewProperty().get();
    assertEquals(2, view.width() / view.height(), 1e-9);
    assertTrue(view.xMin() <= home.xMin() && view.yMax() >= home.yMax());
  }

  @Test
  void aFailedOpenReportsOneLineAndKeepsTheSession() {
    List<String> errors = new ArrayList<>();
    vm.setErrorHandler(errors::add);
    vm.show(session);
    vm.openFolder(Path.of("/tmp/nothing-here"));
    assertEquals(1, errors.size());
    assertTrue(
        errors.get(0).startsWith("Could not open nothing-here: not a model folder"), errors.get(0));
    assertFalse(errors.get(0).contains("\n"));
    assertFalse(vm.loadingProperty().get());
    assertEquals(session, vm.sessionProperty().get());
  }

  @Test
  void switchingClosesTheOldModelsAndCloseClosesTheCurrentOnes() {
    vm.show(session);
    vm.openBundled("Fake 3-D");
    assertTrue(((FakeLatentModel) session.autoencoder()).isClosed());
    assertTrue(((FakeLatentModel) session.vae()).isClosed());
    ExplorerSession now = vm.sessionProperty().get();
    vm.close();
    assertTrue(((FakeLatentModel) now.autoencoder()).isClosed());
    assertTrue(((FakeLatentModel) now.vae()).isClosed());
  }

  @Test
  void moreThanTwoDimensionsArePlottedOnTheirPrincipalPlane() {
    vm.openBundled("Fake 3-D");
    PlaneViewModel p = vm.autoencoder();
    assertTrue(p.dataProperty().get().projection() instanceof Pca);
    assertEquals(3, p.dimensions().size());
    p.dimensions().get(2).valueProperty().set(0.5);
    float[] before = p.cursorProperty().get().clone();
    p.moveCursorTo(1.0, -1.0);
    double[] onPlane = p.cursorOnPlane();
    assertEquals(1.0, onPlane[0], 1e-5);
    assertEquals(-1.0, onPlane[1], 1e-5);
    assertFalse(java.util.Arrays.equals(before, p.cursorProperty().get()));
    for (int i = 0; i < 3; i++) {
      assertEquals(p.cursorProperty().get()[i], p.dimensions().get(i).valueProperty().get(), 1e-6);
    }
  }

  @Test
  void largeDataSetsArePlottedUpToThePointLimit() {
    vm.pointLimitProperty().set(200);
    vm.show(session);
    assertEquals(200, vm.autoencoder().dataProperty().get().size());
    assertTrue(vm.statusProperty().get().contains("200 of 500"), vm.statusProperty().get());
    vm.pointLimitProperty().set(500);
    assertEquals(500, vm.autoencoder().dataProperty().get().size());
    assertFalse(((FakeLatentModel) session.autoencoder()).isClosed());
  }

  @Test
  void hoverAndClearSelection() {
    vm.show(session);
    vm.hover(12);
    assertEquals(12, vm.hoveredProperty().get());
    vm.select(1, false);
    vm.select(2, true);
    vm.clearSelection();
    assertEquals(-1, vm.firstSelectedProperty().get());
    assertNull(vm.autoencoder().pathProperty().get());
    assertNull(vm.comparison().comparisonProperty().get());
  }
}
