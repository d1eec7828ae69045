package org.latentlab.ui.kinds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.testing.ManualExecutor;
import org.latentlab.ui.fx.UiThreads;

/** What the "Other autoencoders" tab shows for an image, a noise level and the models' answers. */
class OtherAutoencodersViewModelTest {

  private static OtherAutoencodersViewModel loaded(KindModels models) {
    OtherAutoencodersViewModel vm =
        new OtherAutoencodersViewModel(UiThreads.sameThread(), () -> models);
    vm.imageProperty().set(KindFakes.digit());
    vm.load();
    return vm;
  }

  @ParameterizedTest(name = "{0} at {1}: {2} pixels changed")
  @CsvSource({
    "GAUSSIAN, 0,   none",
    "GAUSSIAN, 0.5, some",
    "MASKING,  0,   none",
    "MASKING,  0.6, some",
    "SALT_PEPPER, 0.3, some",
  })
  void theNoisyInputIsTheCleanImageCorruptedAtTheSlidersLevel(
      Corruption.Type type, double level, String changed) {
    OtherAutoencodersViewModel vm = loaded(KindFakes.models());
    vm.noiseTypeProperty().set(type);
    vm.noiseLevelProperty().set(level);
    OtherAutoencodersViewModel.Denoised d = vm.denoisedProperty().get();
    assertEquals(new Corruption(type, level), d.noise());
    boolean same = java.util.Arrays.equals(KindFakes.digit(), d.noisy());
    assertEquals(changed.equals("none"), same, "noisy image equals the clean one");
    // the fake DAE gives back the clean digit, the fake AE its noisy input
    assertArrayEquals(KindFakes.digit(), d.denoising());
    assertArrayEquals(d.noisy(), d.plain());
    if (!same) {
      assertTrue(d.denoisingError() < d.plainError(), d.denoisingError() + " vs " + d.plainError());
    }
  }

  @Test
  void theSameLevelShowsTheSameNoiseUntilNewNoiseIsAskedFor() {
    OtherAutoencodersViewModel vm = loaded(KindFakes.models());
    vm.noiseLevelProperty().set(0.4);
    float[] first = vm.denoisedProperty().get().noisy();
    vm.noiseLevelProperty().set(0.3);
    vm.noiseLevelProperty().set(0.4);
    assertArrayEquals(first, vm.denoisedProperty().get().noisy());
    vm.newNoise();
    assertFalse(java.util.Arrays.equals(first, vm.denoisedProperty().get().noisy()));
  }

  @Test
  void theSparseCodeHasFewerActiveUnitsThanThePlainOne() {
    OtherAutoencodersViewModel vm = loaded(KindFakes.models());
    OtherAutoencodersViewModel.Codes c = vm.codesProperty().get();
    assertEquals(2 / 256.0, c.sparse().fractionActive());
    assertEquals(0.5, c.plain().fractionActive());
  }

  @Test
  void onlyTheNewestOfManySliderMovesIsComputed() {
    ManualExecutor background = new ManualExecutor();
    OtherAutoencodersViewModel vm =
        new OtherAutoencodersViewModel(new UiThreads(background, Runnable::run), KindFakes::models);
    vm.imageProperty().set(KindFakes.digit());
    vm.load();
    background.runAll();
    for (double level = 0; level <= 1.0; level += 0.1) {
      vm.noiseLevelProperty().set(level);
    }
    background.runAll();
    assertEquals(vm.noiseLevelProperty().get(), vm.denoisedProperty().get().noise().level(), 1e-9);
  }

  @Test
  void modelsThatCannotBeOpenedAreSaidInOneLineAndNothingIsShown() {
    OtherAutoencodersViewModel vm =
        new OtherAutoencodersViewModel(
            UiThreads.sameThread(),
            () -> {
              throw new IOException("no bundled model called mnist-dae");
            });
    vm.imageProperty().set(KindFakes.digit());
    vm.load();
    assertEquals("no bundled model called mnist-dae", vm.statusProperty().get());
    assertNull(vm.denoisedProperty().get());
  }

  @Test
  void closingClosesTheThreeModels() {
    KindModels models = KindFakes.models();
    OtherAutoencodersViewModel vm = loaded(models);
    vm.close();
    assertTrue(((KindFakes.Fake) models.plain()).closed);
    assertTrue(((KindFakes.Fake) models.denoising()).closed);
    assertTrue(((KindFakes.Fake) models.sparse()).closed);
  }
}
