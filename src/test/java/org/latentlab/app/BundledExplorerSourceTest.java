package org.latentlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;

/**
 * The window's start-up path on the real bundled models (DJL, no window): skipped while the bundled
 * MNIST pair is not on the class path.
 */
class BundledExplorerSourceTest {
  private static boolean bundled() {
    return BundledExplorerSourceTest.class.getResource("/models/mnist-ae/latentlab.json") != null
        && BundledExplorerSourceTest.class.getResource("/models/mnist-vae/latentlab.json") != null;
  }

  @Test
  void opensTheBundledMnistPairAndPlotsAllTenThousandDigits() {
    assumeTrue(bundled(), "bundled MNIST models are not on the class path");
    List<String> errors = new ArrayList<>();
    try (ExplorerViewModel vm =
        new ExplorerViewModel(UiThreads.sameThread(), new BundledExplorerSource())) {
      vm.setErrorHandler(errors::add);
      vm.openBundled("MNIST");
      assertTrue(errors.isEmpty(), errors.toString());
      ExplorerSession s = vm.sessionProperty().get();
      assertFalse(s.autoencoder().info().variational());
      assertTrue(s.vae().info().variational());
      assertEquals(10_000, vm.autoencoder().dataProperty().get().size());
      assertEquals(10_000, vm.vae().dataProperty().get().size());
      vm.autoencoder().moveCursorTo(0, 0);
      assertNotNull(vm.autoencoder().decodedProperty().get());
      vm.select(0, false);
      vm.select(1, true);
      assertEquals(10, vm.interpolation().stripsProperty().get().steps());
      assertTrue(vm.comparison().comparisonProperty().get().vaeLoss() > 0);
    }
  }

  @Test
  void theSwitcherOffersTheDenoisingAndTheSparseAutoencoderBesideTheVae() {
    assumeTrue(bundled(), "bundled MNIST models are not on the class path");
    BundledExplorerSource source = new BundledExplorerSource();
    assertEquals(
        List.of(
            "MNIST", "Fashion-MNIST", "MNIST denoising AE", "MNIST sparse AE", "MNIST, latent 32"),
        source.bundledNames());
    for (String name : List.of("MNIST denoising AE", "MNIST sparse AE")) {
      List<String> errors = new ArrayList<>();
      try (ExplorerViewModel vm = new ExplorerViewModel(UiThreads.sameThread(), source)) {
        vm.setErrorHandler(errors::add);
        vm.openBundled(name);
        assertTrue(errors.isEmpty(), errors.toString());
        ExplorerSession s = vm.sessionProperty().get();
        String kind = name.contains("denoising") ? "dae" : "sae";
        assertEquals(kind, s.autoencoder().info().kind());
        assertTrue(
            s.autoencoder()
                .info()
                .describe()
                .startsWith("MNIST " + kind.toUpperCase(java.util.Locale.ROOT) + " \u00b7 "),
            s.autoencoder().info().describe());
        assertTrue(s.vae().info().variational());
        assertEquals(10_000, vm.autoencoder().dataProperty().get().size());
      }
    }
  }

  @Test
  void aModelFolderReplacesTheModelOfItsKindAndKeepsTheOther() {
    Path folder = Path.of("models", "mnist-vae");
    assumeTrue(
        bundled() && folder.resolve("latentlab.json").toFile().isFile(),
        "no MNIST VAE model folder in models/");
    try (ExplorerViewModel vm =
        new ExplorerViewModel(UiThreads.sameThread(), new BundledExplorerSource())) {
      List<String> errors = new ArrayList<>();
      vm.setErrorHandler(errors::add);
      vm.openBundled("MNIST");
      ExplorerSession before = vm.sessionProperty().get();
      vm.openFolder(folder);
      assertTrue(errors.isEmpty(), errors.toString());
      ExplorerSession after = vm.sessionProperty().get();
      assertTrue(after.autoencoder() == before.autoencoder(), "the AE should be kept");
      assertTrue(after.vae() != before.vae());
      assertEquals("MNIST \u00b7 mnist-vae", after.title());
      assertEquals(10_000, vm.vae().dataProperty().get().size());
    }
  }

  @Test
  void theFashionPairShowsClothingNamesAndTenThousandOfItsSixtyThousandImages() {
    assumeTrue(
        java.nio.file.Files.isDirectory(Path.of("/usr/share/datasets/fashion-mnist"))
            || System.getenv("LATENTLAB_FASHION_DIR") != null,
        "Fashion-MNIST is not installed");
    List<String> errors = new ArrayList<>();
    try (ExplorerViewModel vm =
        new ExplorerViewModel(UiThreads.sameThread(), new BundledExplorerSource())) {
      vm.setErrorHandler(errors::add);
      vm.openBundled("Fashion-MNIST");
      assertTrue(errors.isEmpty(), errors.toString());
      ExplorerSession s = vm.sessionProperty().get();
      assertEquals("Fashion-MNIST", s.title());
      assertEquals(60_000, s.images().count());
      assertEquals("Ankle boot", s.images().classNames().get(9));
      assertEquals(ExplorerViewModel.DEFAULT_POINTS, vm.vae().dataProperty().get().size());
    }
  }

  @Test
  void anUnknownPairFailsWithOneLineAndTheAppStaysUsable() {
    List<String> errors = new ArrayList<>();
    try (ExplorerViewModel vm =
        new ExplorerViewModel(UiThreads.sameThread(), new BundledExplorerSource())) {
      vm.setErrorHandler(errors::add);
      vm.openBundled("CIFAR");
      assertEquals(1, errors.size());
      assertTrue(errors.get(0).contains("CIFAR"), errors.get(0));
      assertFalse(errors.get(0).contains("\n"), errors.get(0));
      assertFalse(vm.loadingProperty().get());
      vm.openBundled("MNIST");
      assertEquals(1, errors.size(), "opening a real pair afterwards works");
      assertEquals("MNIST", vm.sessionProperty().get().title());
    }
  }

  @Test
  void aFolderThatIsNotAModelFailsWithOneLine() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> new BundledExplorerSource().openFolder(Path.of("/nonexistent/model"), null));
    assertNotNull(e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void aBundledVaeCanTakeTheLeftPlaneSoTwoVaesSitSideBySide() {
    assumeTrue(
        bundled()
            && BundledExplorerSourceTest.class.getResource("/models/mnist-vae-beta0/latentlab.json")
                != null,
        "bundled MNIST models are not on the class path");
    List<String> errors = new ArrayList<>();
    try (ExplorerViewModel vm =
        new ExplorerViewModel(UiThreads.sameThread(), new BundledExplorerSource())) {
      vm.setErrorHandler(errors::add);
      vm.openBundled("MNIST");
      assertTrue(vm.bundledModels().contains("mnist-vae-beta0"), vm.bundledModels().toString());
      vm.openOnPlane("mnist-vae-beta0", true);
      assertTrue(errors.isEmpty(), errors.toString());
      ExplorerSession s = vm.sessionProperty().get();
      assertTrue(s.autoencoder().info().variational(), "a VAE on the left");
      assertEquals(0.0, s.autoencoder().info().beta());
      assertEquals(1.0, s.vae().info().beta());
      assertEquals("Variational autoencoder", vm.autoencoder().title());
      assertEquals(
          "VAE \u03b2 = 0",
          vm.autoencoder().shortNameProperty().get(),
          "strips and cells tell the two VAEs apart");
      assertEquals("VAE", vm.vae().shortNameProperty().get());
      assertFalse(vm.loadingProperty().get());
      // The β = 0 VAE's means spread far wider than the β = 1 VAE's: the scene's claim.
      assertTrue(
          spread(vm.autoencoder().dataProperty().get().codes())
              > 3 * spread(vm.vae().dataProperty().get().codes()),
          "β = 0 spreads its means");
      vm.openOnPlane("fashion-ae", false);
      assertEquals(1, errors.size(), errors.toString());
      assertTrue(errors.get(0).contains("was trained on 'fashion'"), errors.get(0));
    }
  }

  private static double spread(float[][] codes) {
    double sum = 0;
    for (float[] c : codes) {
      sum += Math.hypot(c[0], c[1]);
    }
    return sum / codes.length;
  }
}
