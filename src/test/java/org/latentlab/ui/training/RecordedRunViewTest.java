package org.latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentlab.testing.FakeTrainingService;
import org.latentlab.testing.RecordingDialogs;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.fx.UiThreads;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/** The Train tab's recorded runs in a real window: pick one, scrub it, step it, open a bad file. */
class RecordedRunViewTest extends ApplicationTest {
  static {
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  private final RecordingDialogs dialogs = new RecordingDialogs();
  private TrainingViewModel vm;

  @Override
  public void start(Stage stage) {
    vm =
        new TrainingViewModel(
            new FakeTrainingService(),
            UiThreads.sameThread(),
            null,
            Path.of("/home/lecturer"),
            () -> 0);
    stage.setScene(new Scene(new TrainingView(vm, dialogs), 1500, 940));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.hideStage();
  }

  private String caption() {
    return lookup("#train-snapshot").queryAs(Label.class).getText();
  }

  @Test
  void pickingARecordedRunAndScrubbingShowsThatMomentOfTheRun() throws Exception {
    clickOn("#train-runs");
    clickOn("\u03b2 = 1 (the ELBO)");
    assertEquals("before training  \u00b7  snapshot 1 of 50", caption());
    assertTrue(
        lookup("#train-run-about").queryAs(Label.class).getText().startsWith("VAE, \u03b2 = 1"));

    Slider slider = lookup("#train-replay").queryAs(Slider.class);
    var track = slider.lookup(".track").localToScreen(slider.lookup(".track").getBoundsInLocal());
    clickOn(track.getMaxX() - 2, track.getCenterY());
    assertEquals("end of epoch 10 \u00b7 step 790  \u00b7  snapshot 50 of 50", caption());
    assertEquals(790, vm.run().history().steps(), "the whole loss curve");
    assertTrue(
        lookup("#train-status").queryAs(Label.class).getText().startsWith("Recorded run: end of"));

    clickOn(track.getMinX() + track.getWidth() * 0.3, track.getCenterY());
    int shown = vm.replay().shownSnapshotProperty().get();
    assertTrue(shown > 5 && shown < 45, "scrubbed to " + shown);
    long step = vm.replay().snapshots().get(shown).step();
    assertEquals(step, vm.run().history().steps(), "the losses up to the snapshot shown");

    clickOn("#train-run-forward");
    assertEquals(shown + 1, vm.replay().shownSnapshotProperty().get());
    clickOn("#train-run-back");
    clickOn("#train-run-back");
    assertEquals(shown - 1, vm.replay().shownSnapshotProperty().get());
    clickOn("#train-run-play");
    assertEquals("Pause", lookup("#train-run-play").queryAs(Button.class).getText());
    clickOn("#train-run-play");
    assertEquals("Play", lookup("#train-run-play").queryAs(Button.class).getText());

    Path out = Path.of("target", "ui-snapshots", "recorded-run.png");
    Files.createDirectories(out.getParent());
    var image = new java.util.concurrent.atomic.AtomicReference<javafx.scene.image.Image>();
    interact(() -> image.set(PngExport.snapshot(lookup("#training").query())));
    PngExport.write(image.get(), out);
  }

  @Test
  void openingABrokenRunFileIsOneLineInADialogAndTheTabStaysUsable() throws Exception {
    Path bad = Files.createTempFile("broken", ".llrun");
    Files.write(bad, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
    dialogs.runs.add(bad);
    clickOn("#train-runs");
    clickOn("Open a recorded run\u2026");
    assertEquals(1, dialogs.errors.size());
    assertTrue(dialogs.errors.get(0).startsWith(bad.toString()), dialogs.errors.get(0));
    clickOn("#train-runs");
    clickOn("\u03b2 = 0 (no regularizer)");
    assertEquals("before training  \u00b7  snapshot 1 of 50", caption());
  }
}
