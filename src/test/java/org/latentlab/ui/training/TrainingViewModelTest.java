package org.latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.latentlab.testing.FakeTrainingService;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.fx.UpdateThrottle;

/** The training panel's behaviour without a window, against a service driven by hand. */
class TrainingViewModelTest {
  private final FakeTrainingService service = new FakeTrainingService();
  private final AtomicLong nanos = new AtomicLong();
  private final TrainingViewModel vm =
      new TrainingViewModel(
          service, UiThreads.sameThread(), null, Path.of("/home/lecturer"), nanos::get);
  private final TrainingFormViewModel form = vm.form();
  private final TrainingRunViewModel run = vm.run();
  private final TrainingReplayViewModel replay = vm.replay();
  private final List<String> errors = new ArrayList<>();

  {
    vm.setErrorHandler(errors::add);
  }

  private static final int[] LABELS = new int[50];
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private void begin(int epochs, int batches) {
    run.start();
    emit(new TrainingUpdate.Started("MNIST", 500, epochs, batches, LABELS, DIGITS));
  }

  /** Emits {@code u} a little more than the throttle's interval after the previous update. */
  private void emit(TrainingUpdate u) {
    nanos.addAndGet(1_000_000_000L / TrainingRunViewModel.UPDATES_PER_SECOND + 10_000_000);
    service.emit(u);
  }

  @Test
  void theFormBecomesARequestWithTheSettingsShown() {
    form.hiddenProperty().set("64, 32");
    form.epochsProperty().set("3");
    form.imageLimitProperty().set("500");
    form.betaProperty().set(0);
    run.start();
    TrainingRequest r = service.requests.get(0);
    assertEquals("mnist", r.data());
    assertTrue(r.variational());
    assertEquals(List.of(64, 32), r.hidden());
    assertEquals(3, r.epochs());
    assertEquals(500, r.imageLimit());
    assertEquals(0.0, r.beta());
    assertFalse(r.klOnly());
    assertEquals(Path.of("/home/lecturer/LatentLab/models/mnist-vae-beta0"), r.output());
    assertTrue(run.runningProperty().get());
    assertEquals(-1, run.progressProperty().get(), "indeterminate while the data loads");
  }

  @Test
  void afterACancelledRunUseInExplorerOffersNothingRatherThanTheRunBefore() {
    begin(1, 4);
    Path first = service.requests.get(0).output();
    emit(new TrainingUpdate.Finished(first, 150, 5, 1.0));
    assertEquals(first, run.lastSavedProperty().get());
    form.outputProperty().set("/home/lecturer/LatentLab/models/other");
    begin(3, 4);
    run.cancel();
    emit(new TrainingUpdate.Stopped(true, "training cancelled in epoch 1; nothing was saved"));
    assertNull(run.lastSavedProperty().get(), "the cancelled run saved nothing to open");
  }

  @Test
  void aFolderHoldingAModelIsReplacedOnlyWhenTheUserSaysYes() {
    List<String> questions = new ArrayList<>();
    run.setReplaceHandler(questions::add);
    run.start();
    assertFalse(service.requests.get(0).overwrite(), "the first try never replaces");
    Path folder = service.requests.get(0).output();
    emit(new TrainingUpdate.ModelExists(folder, "VAE 784-512-256-2 trained on mnist"));
    assertFalse(run.runningProperty().get());
    assertEquals(1, questions.size());
    assertTrue(questions.get(0).startsWith("Replace the model in " + folder), questions.get(0));
    assertTrue(run.statusProperty().get().contains("already holds a model"));
    assertTrue(errors.isEmpty(), "a question, not an error: " + errors);

    run.replaceAndStart();
    assertEquals(2, service.requests.size());
    assertTrue(service.requests.get(1).overwrite(), "yes: the same request, allowed to replace");
    assertEquals(folder, service.requests.get(1).output());
  }

  @Test
  void badInputGivesOneLineAndStartsNothing() {
    form.hiddenProperty().set("abc");
    run.start();
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).startsWith("hidden sizes: 'abc' is not a list"), errors.get(0));
    form.hiddenProperty().set("512,256");
    form.learningRateProperty().set("fast");
    run.start();
    assertTrue(errors.get(1).startsWith("learning rate: 'fast'"), errors.get(1));
    form.learningRateProperty().set("1e-3");
    form.dataProperty().set(TrainingFormViewModel.DataChoice.FOLDER);
    run.start();
    assertTrue(errors.get(2).startsWith("data: choose a folder"), errors.get(2));
    form.dataProperty().set(TrainingFormViewModel.DataChoice.MNIST);
    form.klOnlyPreset();
    form.betaProperty().set(0);
    run.start();
    assertTrue(errors.get(3).contains("KL only with \u03b2 = 0"), errors.get(3));
    assertTrue(service.requests.isEmpty());
    assertFalse(run.runningProperty().get());
    for (String e : errors) {
      assertFalse(e.contains("\n"), "one line: " + e);
    }
  }

  @Test
  void theKlOnlyPresetMakesAVaeWithReconstructionWeightZero() {
    form.variationalProperty().set(false);
    form.betaProperty().set(0);
    form.klOnlyPreset();
    assertTrue(form.variationalProperty().get());
    assertEquals(1.0, form.betaProperty().get());
    assertTrue(
        form.outputProperty().get().endsWith("mnist-vae-kl-only"), form.outputProperty().get());
    run.start();
    assertTrue(service.requests.get(0).klOnly());
    form.variationalProperty().set(false);
    assertFalse(form.klOnlyProperty().get(), "an AE has no KL term");
  }

  @Test
  void aRunFillsProgressTheChartAndTheSnapshotsThenSavesTheModel() {
    begin(2, 4);
    assertEquals(0.0, run.progressProperty().get());
    emit(new TrainingUpdate.Codes(0, 0, false, FakeTrainingService.codes(50, 0.1)));
    for (int step = 1; step <= 8; step++) {
      int epoch = (step - 1) / 4 + 1;
      emit(new TrainingUpdate.Step(epoch, (step - 1) % 4 + 1, step, 200 - step, 5 + step, 205));
      if (step % 4 == 0) {
        emit(new TrainingUpdate.Epoch(epoch, 200 - step, 5 + step, 205, 1.5));
        emit(new TrainingUpdate.Codes(epoch, step, true, FakeTrainingService.codes(50, 1)));
      }
    }
    assertEquals(8, run.history().steps());
    assertEquals(3, replay.snapshots().size());
    assertEquals(2, run.history().epochPoints().size());
    assertEquals(1.75, run.history().stepPoints().get(6).x(), 1e-9, "step 7 = epoch 1 + 3/4");
    assertEquals(1.0, run.progressProperty().get(), 1e-9);
    assertTrue(run.statusProperty().get().startsWith("Epoch 2 of 2"), run.statusProperty().get());
    assertEquals(2, replay.shownSnapshotProperty().get(), "the plane follows the newest snapshot");
    assertEquals("end of epoch 2 \u00b7 step 8", replay.snapshots().get(2).describe());
    assertEquals("before training", replay.snapshots().get(0).describe());
    assertEquals(50, replay.snapshots().get(1).data().size());
    assertTrue(run.runningProperty().get());
    service.emit(new TrainingUpdate.Finished(Path.of("/tmp/m"), 192, 13, 1.5));
    assertFalse(run.runningProperty().get());
    assertEquals(Path.of("/tmp/m"), run.lastSavedProperty().get());
    assertTrue(
        run.statusProperty().get().startsWith("Saved to /tmp/m"), run.statusProperty().get());
    assertTrue(errors.isEmpty());
  }

  @Test
  void replayScrubsBackAndStaysThereUntilMovedToTheEnd() {
    begin(5, 10);
    for (int i = 0; i < 4; i++) {
      emit(new TrainingUpdate.Epoch(i + 1, 1, 1, 1, 1));
      emit(
          new TrainingUpdate.Codes(
              i + 1, 10L * (i + 1), true, FakeTrainingService.codes(50, i + 1)));
    }
    replay.showSnapshot(1);
    assertFalse(replay.liveProperty().get());
    emit(new TrainingUpdate.Epoch(5, 1, 1, 1, 1));
    emit(new TrainingUpdate.Codes(5, 50, true, FakeTrainingService.codes(50, 5)));
    assertEquals(
        1, replay.shownSnapshotProperty().get(), "scrubbing back is not undone by new data");
    replay.showSnapshot(4);
    assertTrue(replay.liveProperty().get());
  }

  @Test
  void cancellingReportsBackWithoutAnErrorDialog() {
    begin(100, 10);
    run.cancel();
    assertEquals(1, service.cancels);
    assertEquals("Cancelling\u2026", run.statusProperty().get());
    service.emit(
        new TrainingUpdate.Stopped(true, "training cancelled in epoch 1; nothing was saved"));
    assertFalse(run.runningProperty().get());
    assertTrue(run.statusProperty().get().startsWith("Cancelled: nothing saved"));
    assertNull(run.lastSavedProperty().get());
    assertTrue(errors.isEmpty());
    service.emit(new TrainingUpdate.Failed("x"));
  }

  @Test
  void aFailedRunIsReportedAsOneLine() {
    begin(1, 1);
    service.emit(new TrainingUpdate.Failed("/data/empty: missing train-images-idx3-ubyte[.gz]"));
    assertFalse(run.runningProperty().get());
    assertEquals(List.of("/data/empty: missing train-images-idx3-ubyte[.gz]"), errors);
  }

  @Test
  void aFastRunReachesTheFxThreadAtMostTwentyTimesASecond() {
    List<Integer> flushSizes = new ArrayList<>();
    UpdateThrottle<Integer> t =
        new UpdateThrottle<>(
            Runnable::run, nanos::get, 20, i -> i < 0, batch -> flushSizes.add(batch.size()));
    // 10,000 steps in 10 simulated seconds (1 ms apart), an urgent item every 1,000.
    for (int i = 1; i <= 10_000; i++) {
      nanos.addAndGet(1_000_000);
      t.post(i % 1000 == 0 ? -i : i);
    }
    assertTrue(t.flushes() <= 10 * 20 + 10 + 1, "flushes: " + t.flushes());
    assertEquals(10_000, flushSizes.stream().mapToInt(Integer::intValue).sum(), "nothing dropped");
  }

  @Test
  void theDefaultFolderFollowsTheSettingsUntilTheUserEditsIt() {
    assertEquals("/home/lecturer/LatentLab/models/mnist-vae", form.outputProperty().get());
    form.dataProperty().set(TrainingFormViewModel.DataChoice.FASHION);
    form.variationalProperty().set(false);
    assertEquals("/home/lecturer/LatentLab/models/fashion-ae", form.outputProperty().get());
    form.outputProperty().set("~/talk/my-model");
    form.variationalProperty().set(true);
    assertEquals("~/talk/my-model", form.outputProperty().get());
    run.start();
    assertEquals(Path.of("/home/lecturer/talk/my-model"), service.requests.get(0).output());
  }
}
