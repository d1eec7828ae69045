package org.latentlab.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.latentlab.latent.record.RecordedRun;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.Dialogs;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.interpolation.InterpolationStrips;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.posterior.PosteriorViewModel;
import org.latentlab.ui.training.RecordedRunViewModel;
import org.latentlab.ui.training.TrainingViewModel;

/**
 * The toolbar's "Export" menu: the interpolation, the ε fan and the training replay as looping
 * GIFs, and the plotted codes as CSV. An item is offered only when there is something to export
 * (two selected images, a selected image's posterior, snapshots, loaded models).
 */
public final class ExportMenu extends MenuButton {
  /** Frames and frames a second offered for the interpolation. */
  static final Dialogs.GifTarget INTERPOLATION =
      new Dialogs.GifTarget(Path.of("interpolation.gif"), 24, 12, 620);

  /** Frames and frames a second offered for the ε fan: a new draw every half second. */
  static final Dialogs.GifTarget FAN =
      new Dialogs.GifTarget(Path.of("epsilon-fan.gif"), 12, 2, 760);

  /** Frames and frames a second offered for a training replay. */
  static final Dialogs.GifTarget TRAINING =
      new Dialogs.GifTarget(Path.of("training.gif"), 50, 8, 560);

  private final ExplorerViewModel vm;
  private final TrainingViewModel training;
  private final GifExport gifs;
  private final CodesExport codes;
  private final MenuItem interpolation = new MenuItem("Interpolation A \u2192 B as GIF\u2026");
  private final MenuItem fan = new MenuItem("\u03b5 fan of the selected image as GIF\u2026");
  private final MenuItem replay = new MenuItem("Training replay as GIF\u2026");
  private final MenuItem csv = new MenuItem("Plotted codes as CSV\u2026");

  /**
   * The menu.
   *
   * @param training the Train tab's state, or null without one
   * @param threads where frames are computed and files written
   */
  public ExportMenu(
      ExplorerViewModel vm, TrainingViewModel training, Dialogs dialogs, UiThreads threads) {
    super("Export");
    this.vm = vm;
    this.training = training;
    this.gifs = new GifExport(dialogs, threads);
    this.codes = new CodesExport(dialogs, threads);
    setId("export-menu");
    interpolation.setId("export-interpolation-gif");
    fan.setId("export-fan-gif");
    replay.setId("export-training-gif");
    csv.setId("export-codes-csv");
    getItems().addAll(interpolation, fan, replay, csv);
    interpolation.setOnAction(e -> saveInterpolation());
    fan.setOnAction(e -> saveFan());
    replay.setOnAction(e -> saveTraining());
    csv.setOnAction(e -> saveCodes());
    setOnShowing(e -> refresh());
    refresh();
  }

  /** Offers only what can be exported now. */
  void refresh() {
    interpolation.setDisable(vm.interpolation().stripsProperty().get() == null);
    PosteriorViewModel.Selected s = vm.posterior().selectedProperty().get();
    fan.setDisable(s == null || s.posterior().logVar() == null);
    replay.setDisable(training == null || training.replay().snapshots().isEmpty());
    csv.setDisable(vm.autoencoder().dataProperty().get() == null);
  }

  private Window owner() {
    return getScene() == null ? null : getScene().getWindow();
  }

  /** Saves the interpolation between the two selected images. */
  public void saveInterpolation() {
    InterpolationStrips strips = vm.interpolation().stripsProperty().get();
    if (strips == null) {
      return;
    }
    PlaneData ae = vm.autoencoder().dataProperty().get();
    PlaneData vae = vm.vae().dataProperty().get();
    var aeView = vm.autoencoder().viewProperty().get();
    var vaeView = vm.vae().viewProperty().get();
    var images = vm.imagesProperty().get();
    var mode = vm.interpolation().vaeModeProperty().get();
    gifs.save(
        owner(),
        INTERPOLATION,
        n ->
            InterpolationAnimation.compute(
                ae, aeView, vae, vaeView, images, strips.from(), strips.to(), mode, n));
  }

  /** Saves fans of K samples of the selected image's posterior, one fresh draw per frame. */
  public void saveFan() {
    PosteriorViewModel.Selected s = vm.posterior().selectedProperty().get();
    if (s == null || s.posterior().logVar() == null) {
      return;
    }
    int k = vm.posterior().sampleCountProperty().get();
    long seed = new Random().nextLong();
    gifs.save(owner(), FAN, n -> FanAnimation.compute(s, k, n, new Random(seed)));
  }

  /** Saves the Train tab's snapshots: the run being trained or replayed. */
  public void saveTraining() {
    if (training == null || training.replay().snapshots().isEmpty()) {
      return;
    }
    var snapshots = List.copyOf(training.replay().snapshots());
    var classes = training.replay().classNamesProperty().get();
    RecordedRun run = training.recorded().runProperty().get();
    String name = training.recorded().nameProperty().get();
    String title =
        run == null
            ? "The latent space as it trains"
            : "Training: " + RecordedRunViewModel.label(name);
    List<RecordedRun.Loss> steps = run == null ? List.of() : run.steps();
    Dialogs.GifTarget defaults =
        new Dialogs.GifTarget(
            TRAINING.file(),
            Math.max(2, Math.min(snapshots.size(), TRAINING.frames())),
            TRAINING.fps(),
            TRAINING.width());
    gifs.save(owner(), defaults, n -> TrainingAnimation.of(title, snapshots, classes, steps, n));
  }

  /** Saves the codes both planes plot. */
  public void saveCodes() {
    PlaneData ae = vm.autoencoder().dataProperty().get();
    PlaneData vae = vm.vae().dataProperty().get();
    if (ae == null || vae == null) {
      return;
    }
    codes.save(owner(), vm.imagesProperty().get(), List.of(ae, vae));
  }
}
