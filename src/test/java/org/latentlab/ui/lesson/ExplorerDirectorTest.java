package org.latentlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentlab.lesson.Scene;
import org.latentlab.lesson.SceneTab;
import org.latentlab.testing.FakeSource;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;

/** A scene that asks for what is not there says so in one line and shows what it can. */
class ExplorerDirectorTest {
  private final ExplorerViewModel vm =
      new ExplorerViewModel(UiThreads.sameThread(), new FakeSource(500), new Random(1));
  private SceneTab shown = SceneTab.LATENT;
  private final ExplorerDirector director =
      new ExplorerDirector(
          vm,
          new TabSwitch() {
            @Override
            public void show(SceneTab tab) {
              shown = tab;
            }

            @Override
            public SceneTab shown() {
              return shown;
            }
          });
  private final List<String> problems = new ArrayList<>();

  private static Scene scene(String models, List<Integer> selected) {
    return new Scene("T", "C.", SceneTab.INSIDE, models, selected, null, null, null, 0, null);
  }

  @Test
  void aMissingModelFolderIsNamedAndTheSceneShowsTheModelsItHas() {
    vm.openBundled("Fake digits");
    director.show(scene("/no/such/models", List.of(7, 9)), problems::add);
    assertEquals(List.of("no model folder /no/such/models; showing Fake digits instead"), problems);
    assertEquals(SceneTab.INSIDE, shown);
    assertEquals(7, vm.firstSelectedProperty().get(), "the rest of the scene is shown");
    assertEquals(9, vm.secondSelectedProperty().get());
  }

  @Test
  void anImageBeyondTheShownOnesIsNamed() {
    vm.openBundled("Fake digits");
    director.show(scene(null, List.of(99_999)), problems::add);
    assertEquals(1, problems.size());
    assertTrue(
        problems.get(0).startsWith("image 99999 is not among the 500 shown"), problems.get(0));
    assertEquals(-1, vm.firstSelectedProperty().get());
  }

  @Test
  void aSceneForOtherModelsWaitsForThemThenSetsItselfUp() {
    vm.openBundled("Fake digits");
    director.show(scene("Fake fashion", List.of(3)), problems::add);
    assertEquals("Fake fashion", vm.sessionProperty().get().title());
    assertEquals(3, vm.firstSelectedProperty().get());
    assertTrue(problems.isEmpty(), problems.toString());
  }

  private static Scene twoPlanes(String left, String right) {
    return new Scene(
        "Two VAEs",
        "β = 1 beside β = 0.",
        SceneTab.LATENT,
        "Fake digits",
        List.of(3),
        new org.latentlab.lesson.PlaneSetup(null, null, left),
        new org.latentlab.lesson.PlaneSetup(null, null, right),
        null,
        0,
        null);
  }

  @Test
  void aSceneCanPutAVaeOnTheLeftPlaneAndTheNextSceneGivesTheAutoencoderBack() {
    vm.openBundled("Fake digits");
    director.show(twoPlanes("fake-vae-b", null), problems::add);
    assertTrue(problems.isEmpty(), problems.toString());
    assertTrue(vm.sessionProperty().get().autoencoder().info().variational(), "a VAE on the left");
    assertTrue(vm.sessionProperty().get().vae().info().variational());
    assertEquals("Variational autoencoder", vm.autoencoder().title(), "the left plane says so");
    assertEquals("fake-vae-b", vm.planeModel(true));
    assertEquals(3, vm.firstSelectedProperty().get(), "the rest of the scene is set up after");
    assertEquals(
        "fake-vae-b",
        director.capture("T", "C.").autoencoder().model(),
        "capturing the view keeps the plane's model");

    director.show(scene("Fake digits", List.of(4)), problems::add);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(false, vm.sessionProperty().get().autoencoder().info().variational());
    assertEquals("Autoencoder", vm.autoencoder().title());
    assertEquals(null, vm.planeModel(true));
  }

  @Test
  void aPlaneModelThatCannotOpenIsNamedAndTheRestIsShown() {
    vm.openBundled("Fake digits");
    List<String> dialogs = new ArrayList<>();
    vm.setErrorHandler(dialogs::add);
    director.show(twoPlanes(null, "no-such-model"), problems::add);
    assertEquals(List.of("could not show no-such-model on the right plane"), problems);
    assertEquals(1, dialogs.size(), dialogs.toString());
    assertEquals(3, vm.firstSelectedProperty().get());
  }
}
