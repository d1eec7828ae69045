package org.latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.latentlab.testing.ExplorerFxTestBase;
import org.latentlab.testing.FakeLatentModel;
import org.latentlab.testing.ManualExecutor;
import org.latentlab.ui.fx.UiThreads;

/**
 * Opening models happens in the background behind a visible loading state: the background executor
 * here holds the work until the test releases it.
 */
class LoadingStateTest extends ExplorerFxTestBase {
  private final ManualExecutor background = new ManualExecutor();

  @Override
  protected UiThreads threads() {
    return new UiThreads(background, Runnable::run);
  }

  @Override
  protected void openSession() {
    vm.openBundled("Fake digits");
  }

  @Test
  void theWindowShowsLoadingUntilTheModelsAreReady() {
    assertTrue(lookup("#loading").query().isVisible());
    assertEquals("Loading Fake digits\u2026", lookup("#status").queryAs(Label.class).getText());
    assertNull(vm.autoencoder().dataProperty().get());
    snapshot(view, "loading");
    interact(background::runAll);
    assertFalse(lookup("#loading").query().isVisible());
    assertEquals(POINTS, vm.autoencoder().dataProperty().get().size());
    assertTrue(classColoredPixels(snapshotImage(view.vaePlane().planeCanvas().canvas())) > 2000);
  }

  @Test
  void decodesWaitingBehindABusyThreadCollapseToTheLatest() {
    interact(background::runAll);
    FakeLatentModel ae = (FakeLatentModel) vm.sessionProperty().get().autoencoder();
    int before = ae.decodeCalls.get();
    for (int i = 0; i < 20; i++) {
      double x = i * 0.1;
      interact(() -> vm.autoencoder().moveCursorTo(x, 1));
    }
    interact(background::runAll);
    assertEquals(before + 1, ae.decodeCalls.get(), "stale decodes were run");
    assertEquals(1.9f, vm.autoencoder().decodedProperty().get().code()[0], 1e-6);
  }

  @Test
  void afterAModelChangeTheOldModelsDecodeIsGoneUntilTheNewOneAnswers() {
    interact(background::runAll);
    assertNotNull(vm.autoencoder().decodedProperty().get());
    interact(() -> vm.openBundled("Fake fashion"));
    interact(() -> background.tasks.poll().run()); // the models load; their first decode waits
    assertEquals("Fake fashion", vm.sessionProperty().get().title());
    assertNull(vm.autoencoder().decodedProperty().get(), "no digit shown as the fashion model's");
    assertNull(vm.vae().decodedProperty().get());
    interact(background::runAll);
    assertNotNull(vm.autoencoder().decodedProperty().get());
  }
}
