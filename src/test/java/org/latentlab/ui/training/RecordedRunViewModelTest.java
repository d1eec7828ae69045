package org.latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.lesson.Scene;
import org.latentlab.lesson.SceneTab;
import org.latentlab.lesson.TrainingReplay;
import org.latentlab.testing.FakeTrainingService;
import org.latentlab.testing.ManualExecutor;
import org.latentlab.ui.fx.UiThreads;

/**
 * Replaying the bundled recorded runs without a window: loading, stepping, playing, training live.
 */
class RecordedRunViewModelTest {
  @TempDir Path tmp;
  private final FakeTrainingService service = new FakeTrainingService();
  private final ManualExecutor background = new ManualExecutor();
  private final TrainingViewModel vm =
      new TrainingViewModel(
          service, new UiThreads(background, Runnable::run), null, Path.of("/home/l"), () -> 0);
  private final RecordedRunViewModel recorded = vm.recorded();
  private final TrainingReplayViewModel replay = vm.replay();
  private final List<String> errors = new ArrayList<>();

  {
    vm.setErrorHandler(errors::add);
  }

  private void loadBeta1() {
    recorded.load("beta-1");
    background.runAll();
  }

  private int shown() {
    return replay.shownSnapshotProperty().get();
  }

  @Test
  void aBundledRunLoadsInTheBackgroundThenShowsItsFirstSnapshot() {
    recorded.load("beta-1");
    assertTrue(recorded.loadingProperty().get());
    assertTrue(replay.snapshots().isEmpty(), "nothing read on the FX thread");
    background.runAll();
    assertFalse(recorded.loadingProperty().get());
    assertEquals(50, replay.snapshots().size());
    assertEquals(0, shown());
    assertEquals("before training", replay.snapshots().get(0).describe());
    assertTrue(recorded.aboutProperty().get().startsWith("VAE, \u03b2 = 1 \u00b7 10 epochs"));
    assertEquals(0, vm.run().history().steps(), "no losses before the first step");
    assertTrue(vm.run().statusProperty().get().startsWith("Recorded run: before training"));
  }

  @Test
  void steppingShowsTheLossesUpToTheSnapshotShown() {
    loadBeta1();
    recorded.stepForward();
    recorded.stepForward();
    assertEquals(2, shown());
    long step = replay.snapshots().get(2).step();
    assertEquals(40, step);
    assertEquals(step, vm.run().history().steps());
    assertTrue(vm.run().history().epochPoints().isEmpty());
    replay.showSnapshot(replay.snapshots().size() - 1); // the slider, scrubbed to the end
    assertEquals(790, vm.run().history().steps());
    assertEquals(10, vm.run().history().epochPoints().size());
    recorded.stepBack();
    assertEquals(replay.snapshots().size() - 2, shown());
  }

  @Test
  void playingAdvancesASnapshotPerTickAndStopsAtTheLast() {
    loadBeta1();
    recorded.play();
    assertTrue(recorded.playingProperty().get());
    for (int i = 1; i < 49; i++) {
      recorded.tick();
    }
    assertEquals(48, shown());
    assertTrue(recorded.playingProperty().get());
    recorded.tick();
    assertEquals(49, shown());
    assertFalse(recorded.playingProperty().get(), "stops at the end");
    recorded.play();
    assertEquals(0, shown(), "playing again starts over");
    recorded.stepBack();
    assertFalse(recorded.playingProperty().get(), "stepping back pauses");
  }

  @Test
  void aBrokenRunFileIsOneLineNamingItAndTheRunShownStays() throws Exception {
    loadBeta1();
    Path bad = tmp.resolve("broken.llrun");
    Files.writeString(bad, "not a run");
    recorded.loadFile(bad);
    background.runAll();
    assertEquals(List.of(bad + " is not a LatentLab recorded run (.llrun file)"), errors);
    assertEquals("beta-1", recorded.nameProperty().get());
    assertEquals(50, replay.snapshots().size());
    assertFalse(recorded.loadingProperty().get());
  }

  @Test
  void trainItLiveFillsTheFormWithTheRunsSettingsAndStartsIt() {
    recorded.load("kl-only-from-vae");
    background.runAll();
    recorded.trainLive();
    TrainingRequest r = service.requests.get(0);
    assertTrue(r.variational());
    assertTrue(r.klOnly());
    assertEquals(1.0, r.beta());
    assertEquals(2, r.epochs());
    assertEquals(2e-4, r.learningRate());
    assertEquals("0.0002", vm.form().learningRateProperty().get(), "as a lecturer types it");
    assertEquals(4, r.snapshotEvery());
    assertEquals(2000, r.snapshotPoints());
    assertEquals(List.of(512, 256), r.hidden());
    assertEquals(0, r.imageLimit(), "all the images");
    assertEquals("mnist-vae", r.startFrom(), "from the trained VAE, as recorded");
    assertNull(recorded.runProperty().get(), "the live run takes the plane");
    assertTrue(replay.snapshots().isEmpty());
  }

  @Test
  void aLessonSceneLoadsItsRunAtItsSnapshotAndPlays() {
    RecordedRunPlayer player = new RecordedRunPlayer(vm);
    Scene scene =
        new Scene(
            "Collapse",
            "KL only.",
            SceneTab.TRAIN,
            null,
            List.of(),
            null,
            null,
            null,
            0,
            new TrainingReplay("kl-only-from-vae", 5, true));
    player.show(scene);
    background.runAll();
    assertEquals("kl-only-from-vae", recorded.nameProperty().get());
    assertEquals(5, shown());
    assertTrue(recorded.playingProperty().get());
    player.show(Scene.of("Next", "No run here.", SceneTab.LATENT));
    assertFalse(recorded.playingProperty().get(), "a scene without a run pauses the replay");
    player.play("kl-only-from-vae", -1, false);
    assertTrue(background.tasks.isEmpty(), "the run shown is not read again");
    assertEquals(replay.snapshots().size() - 1, shown());

    player.play("beta-7", -1, false);
    background.runAll();
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).startsWith("no bundled recorded run named 'beta-7'"), errors.get(0));
  }
}
