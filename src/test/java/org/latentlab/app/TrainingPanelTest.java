package org.latentlab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentlab.data.BundledMnist;
import org.latentlab.data.ImageSet;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelMetadata;
import org.latentlab.model.ModelSpec;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerView;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.Dialogs;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.training.TrainingFormViewModel;
import org.latentlab.ui.training.TrainingViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Train" tab wired to the real trainer: a short run from the panel shows progress, the loss
 * charts and the forming plane, saves its model and makes it the explorer's VAE; a second run into
 * the same folder, cancelled, leaves that model active and its folder untouched.
 */
class TrainingPanelTest extends ApplicationTest {
  static {
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  private static final Path SNAPSHOTS = Path.of("target", "ui-snapshots");
  private final Path tmp = createTemp();
  private final Answers dialogs = new Answers();
  private ExecutorService background;
  private ExplorerViewModel explorer;
  private TrainingViewModel training;
  private ExplorerView view;

  private static Path createTemp() {
    try {
      return Files.createTempDirectory("latentlab-train-panel");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dialogs that answer from a queue and record errors. */
  static final class Answers implements Dialogs {
    final Deque<Path> dataFolders = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseModelFolder(Window owner) {
      return Optional.empty();
    }

    @Override
    public Optional<Path> choosePngFile(Window owner, String suggestedName) {
      return Optional.empty();
    }

    @Override
    public Optional<Path> chooseDataFolder(Window owner) {
      return Optional.ofNullable(dataFolders.poll());
    }

    @Override
    public void showError(Window owner, String message) {
      errors.add(message);
    }
  }

  @Override
  public void start(Stage stage) throws Exception {
    background = Executors.newSingleThreadExecutor();
    UiThreads threads = new UiThreads(background, Platform::runLater);
    explorer = new ExplorerViewModel(threads, new BundledExplorerSource());
    ImageSet digits = BundledMnist.load().head(400);
    explorer.show(
        new ExplorerSession(
            "MNIST",
            new ImageSetImages(digits),
            untrained(ModelKind.AE),
            untrained(ModelKind.VAE)));
    training =
        new TrainingViewModel(
            new DjlTrainingService(org.latentlab.data.DataSources.fromEnvironment()),
            threads,
            explorer,
            tmp,
            System::nanoTime);
    view = new ExplorerView(explorer, dialogs, training);
    stage.setScene(new Scene(view, 1600, 1000));
    stage.show();
  }

  private static LatentModel untrained(ModelKind kind) {
    ModelSpec spec = new ModelSpec(kind, 28, 28, List.of(64, 32), 2);
    return LatentModels.wrap(
        AutoencoderModel.create(
            new ModelMetadata(
                spec,
                org.latentlab.data.ClassNames.DIGITS,
                "mnist",
                kind == ModelKind.VAE ? 1 : 0,
                1,
                null)),
        "untrained " + kind);
  }

  @AfterEach
  void close() throws Exception {
    interact(training.run()::cancel);
    waitUntil(() -> !training.run().runningProperty().get(), 30);
    interact(explorer::close);
    FxToolkit.hideStage();
    background.shutdownNow();
  }

  private void set(String id, String text) {
    interact(() -> lookup(id).queryAs(TextField.class).setText(text));
  }

  /**
   * Waits until {@code condition} holds, reading it on the FX thread (where the view model lives).
   */
  private static void waitUntil(BooleanSupplier condition, int seconds) throws TimeoutException {
    WaitForAsyncUtils.waitFor(
        seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
  }

  @Test
  void aShortRunFromThePanelBecomesTheActiveVaeAndACancelledRunChangesNothing() throws Exception {
    clickOn("Train");
    Path out = tmp.resolve("models").resolve("run");
    set("#train-limit", "300");
    set("#train-hidden", "64,32");
    set("#train-epochs", "1");
    set("#train-batch", "16");
    set("#train-every", "4");
    set("#train-points", "300");
    set("#train-output", out.toString());
    List<Double> progress = new ArrayList<>();
    training
        .run()
        .progressProperty()
        .addListener((obs, was, now) -> progress.add(now.doubleValue()));

    clickOn("#train-start");
    waitUntil(() -> !training.run().runningProperty().get(), 120);
    String status = lookup("#train-status").queryAs(Label.class).getText();
    assertTrue(status.startsWith("Saved to " + out), status);
    assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    assertEquals(1.0, progress.get(progress.size() - 1), 1e-9);
    assertTrue(progress.stream().anyMatch(p -> p >= 0 && p < 1), "progress shown: " + progress);
    var charts = view.lookup("#chart-total");
    assertTrue(charts != null);
    int steps = (300 + 15) / 16;
    assertEquals(steps, training.run().history().steps());
    assertEquals(1, training.run().history().epochPoints().size());
    // Before training and at the epoch's end always; the ones every 4 steps as the snapshot budget
    // allows (SnapshotBudgetTest), at most one per 4 steps.
    int snapshots = training.replay().snapshots().size();
    assertTrue(
        snapshots >= 2 && snapshots <= 2 + steps / 4,
        "snapshots: before training, the epoch end and some every 4 steps: " + snapshots);
    assertTrue(Files.isRegularFile(out.resolve("model.params")));

    clickOn("#train-use");
    waitUntil(
        () ->
            explorer.vae().dataProperty().get() != null
                && explorer.vae().dataProperty().get().model().info().name().equals("run"),
        60);
    LatentModel active = explorer.vae().dataProperty().get().model();
    byte[] params = Files.readAllBytes(out.resolve("model.params"));
    byte[] meta = Files.readAllBytes(out.resolve("latentlab.json"));
    float[] before = active.decode(new float[] {0.5f, -0.5f});

    // A long second run, cancelled once it is under way: it writes nothing, neither its own folder
    // nor anything beside the first run's model (replacing "run" itself would need the user's yes).
    set("#train-epochs", "500");
    set("#train-output", out.resolveSibling("run-2").toString());
    clickOn("#train-start");
    waitUntil(() -> training.run().history().steps() > 3, 120);
    PngExport.write(snapshot(view), SNAPSHOTS.resolve("training-panel-mid-run.png"));
    long[] asked = new long[2];
    training
        .run()
        .statusProperty()
        .addListener(
            (obs, was, now) -> {
              if (now.startsWith("Cancelling")) {
                asked[0] = System.nanoTime();
              }
            });
    training.run().runningProperty().addListener((obs, was, now) -> asked[1] = System.nanoTime());
    clickOn("#train-cancel");
    waitUntil(() -> !training.run().runningProperty().get(), 60);
    System.out.printf(
        "cancel: %.0f ms from the request to the panel showing the run stopped%n",
        (asked[1] - asked[0]) / 1e6);
    status = lookup("#train-status").queryAs(Label.class).getText();
    assertTrue(status.startsWith("Cancelled: nothing saved"), status);
    assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

    assertSame(active, explorer.vae().dataProperty().get().model(), "the explorer kept its VAE");
    assertArrayEquals(before, active.decode(new float[] {0.5f, -0.5f}), "and it still works");
    assertArrayEquals(params, Files.readAllBytes(out.resolve("model.params")));
    assertArrayEquals(meta, Files.readAllBytes(out.resolve("latentlab.json")));
    try (var files = Files.list(out.getParent())) {
      assertEquals(
          List.of("run"),
          files.map(p -> p.getFileName().toString()).toList(),
          "no half-written folders");
    }
  }

  @Test
  void badInputAndAnEmptyIdxFolderGiveOneLineErrors() throws Exception {
    clickOn("Train");
    set("#train-hidden", "abc");
    clickOn("#train-start");
    assertEquals(1, dialogs.errors.size());
    assertTrue(dialogs.errors.get(0).startsWith("hidden sizes: 'abc'"), dialogs.errors.get(0));
    assertFalse(training.run().runningProperty().get());

    set("#train-hidden", "64");
    Path empty = Files.createDirectories(tmp.resolve("empty-idx"));
    dialogs.dataFolders.add(empty);
    interact(() -> training.form().dataProperty().set(TrainingFormViewModel.DataChoice.FOLDER));
    clickOn("#train-data-folder");
    assertEquals(empty, training.form().dataFolderProperty().get());
    clickOn("#train-start");
    waitUntil(() -> !training.run().runningProperty().get(), 30);
    assertEquals(2, dialogs.errors.size(), dialogs.errors.toString());
    String e = dialogs.errors.get(1);
    assertTrue(e.contains("empty-idx") && e.contains("missing train-images-idx3-ubyte"), e);
    assertFalse(e.contains("\n"));
  }

  private javafx.scene.image.Image snapshot(javafx.scene.Node node) {
    java.util.concurrent.atomic.AtomicReference<javafx.scene.image.Image> out =
        new java.util.concurrent.atomic.AtomicReference<>();
    interact(() -> out.set(PngExport.snapshot(node)));
    return out.get();
  }
}
