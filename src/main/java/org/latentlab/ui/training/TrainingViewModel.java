package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.fx.UpdateThrottle;
import org.latentlab.ui.plane.PlaneData;

/**
 * The training panel: the form, Start and Cancel, progress, the loss history for the charts, and
 * snapshots of the watched images' codes for the live plane and its replay.
 *
 * <p>Training runs behind a {@link TrainingService} on its own thread. Its updates reach this view
 * model through an {@link UpdateThrottle}: at most 20 batches a second on the FX thread, whatever
 * the step rate. The explorer's models are untouched until the user makes a saved model active, so
 * a cancelled or failed run leaves the previous model in place.
 */
public final class TrainingViewModel {
  /** Most snapshots kept; beyond it every other one between epoch ends is dropped. */
  public static final int MAX_SNAPSHOTS = 400;

  /** Non-urgent updates per second on the FX thread, at most. */
  public static final int UPDATES_PER_SECOND = 20;

  /** Where the training images come from. */
  public enum DataChoice {
    /** The bundled 10,000 MNIST digits. */
    MNIST("mnist", "MNIST (bundled 10k digits)"),
    /** Fashion-MNIST from the Debian package. */
    FASHION("fashion", "Fashion-MNIST"),
    /** A folder of IDX files. */
    FOLDER(null, "Folder of IDX files\u2026");

    private final String spec;
    private final String label;

    DataChoice(String spec, String label) {
      this.spec = spec;
      this.label = label;
    }

    /** What the choice box shows. */
    public String label() {
      return label;
    }
  }

  private final TrainingService service;
  private final UiThreads threads;
  private final ExplorerViewModel explorer;
  private final Path home;
  private final Path modelsRoot;
  private final LongSupplier clock;
  private Consumer<String> errorHandler = message -> {};

  private final ObjectProperty<DataChoice> data =
      new SimpleObjectProperty<>(this, "data", DataChoice.MNIST);
  private final ObjectProperty<Path> dataFolder = new SimpleObjectProperty<>(this, "dataFolder");
  private final BooleanProperty variational = new SimpleBooleanProperty(this, "variational", true);
  private final StringProperty latentDim = new SimpleStringProperty(this, "latentDim", "2");
  private final StringProperty hidden = new SimpleStringProperty(this, "hidden", "512,256");
  private final StringProperty epochs = new SimpleStringProperty(this, "epochs", "10");
  private final StringProperty batchSize = new SimpleStringProperty(this, "batchSize", "128");
  private final StringProperty learningRate =
      new SimpleStringProperty(this, "learningRate", "0.001");
  private final DoubleProperty beta = new SimpleDoubleProperty(this, "beta", 1);
  private final BooleanProperty klOnly = new SimpleBooleanProperty(this, "klOnly");
  private final StringProperty imageLimit = new SimpleStringProperty(this, "imageLimit", "");
  private final StringProperty snapshotEvery =
      new SimpleStringProperty(this, "snapshotEvery", "20");
  private final StringProperty snapshotPoints =
      new SimpleStringProperty(this, "snapshotPoints", "3000");
  private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
  private final StringProperty output = new SimpleStringProperty(this, "output");
  private boolean outputEdited;
  private boolean namingOutput;

  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper status =
      new ReadOnlyStringWrapper(
          this, "status", "Choose the data, the model and \u03b2, then press Start.");
  private final LossHistory history = new LossHistory();
  private final ReadOnlyIntegerWrapper historyRevision =
      new ReadOnlyIntegerWrapper(this, "history");
  private final ReadOnlyBooleanWrapper runVariational =
      new ReadOnlyBooleanWrapper(this, "runVariational", true);
  private final ObservableList<TrainingSnapshot> snapshots = FXCollections.observableArrayList();
  private final ObservableList<TrainingSnapshot> snapshotsView =
      FXCollections.unmodifiableObservableList(snapshots);
  private final ReadOnlyIntegerWrapper shownSnapshot =
      new ReadOnlyIntegerWrapper(this, "shown", -1);
  private final BooleanProperty live = new SimpleBooleanProperty(this, "live", true);
  private final ReadOnlyObjectWrapper<Path> lastSaved = new ReadOnlyObjectWrapper<>(this, "saved");
  private final ReadOnlyObjectWrapper<List<String>> classNames =
      new ReadOnlyObjectWrapper<>(this, "classNames", List.of());

  private TrainingService.TrainingRun run;
  private TrainingUpdate.Started started;
  private TrainingUpdate.Step lastStep;
  private int lastEpoch;
  private double secondsPerEpoch;

  /**
   * A training panel.
   *
   * @param service runs training
   * @param threads its FX executor applies updates
   * @param explorer the explorer a saved model can be opened in (may be null)
   * @param home the user's home folder (for "~" and the default model folder)
   * @param clock a nanosecond clock for the update throttle ({@code System::nanoTime})
   */
  public TrainingViewModel(
      TrainingService service,
      UiThreads threads,
      ExplorerViewModel explorer,
      Path home,
      LongSupplier clock) {
    this.service = Objects.requireNonNull(service);
    this.threads = Objects.requireNonNull(threads);
    this.explorer = explorer;
    this.home = home;
    this.modelsRoot = home.resolve("LatentLab").resolve("models");
    this.clock = clock;
    output.addListener((obs, was, now) -> outputEdited |= !namingOutput);
    for (javafx.beans.Observable o :
        new javafx.beans.Observable[] {data, dataFolder, variational, beta, klOnly}) {
      o.addListener(x -> nameOutput());
    }
    klOnly.addListener(
        (obs, was, now) -> {
          if (now) {
            variational.set(true);
            if (beta.get() == 0) {
              beta.set(1);
            }
          }
        });
    variational.addListener(
        (obs, was, now) -> {
          if (!now) {
            klOnly.set(false);
          }
        });
    nameOutput();
  }

  private void nameOutput() {
    if (outputEdited) {
      return;
    }
    String d =
        data.get() == DataChoice.FOLDER
            ? (dataFolder.get() == null || dataFolder.get().getFileName() == null
                ? "folder"
                : dataFolder.get().getFileName().toString())
            : data.get().spec;
    namingOutput = true;
    try {
      output.set(
          modelsRoot
              .resolve(TrainingForm.defaultName(d, variational.get(), beta.get(), klOnly.get()))
              .toString());
    } finally {
      namingOutput = false;
    }
  }

  /** Sets the KL-only preset: a VAE trained on the KL term alone (reconstruction weight 0). */
  public void klOnlyPreset() {
    klOnly.set(true);
  }

  /** Reads the form; a problem is reported as one line and nothing starts. */
  public void start() {
    if (running.get()) {
      return;
    }
    TrainingRequest request;
    try {
      request = request();
    } catch (IllegalArgumentException e) {
      errorHandler.accept(e.getMessage());
      return;
    }
    history.clear();
    snapshots.clear();
    shownSnapshot.set(-1);
    live.set(true);
    started = null;
    lastStep = null;
    lastEpoch = 0;
    runVariational.set(request.variational());
    historyRevision.set(historyRevision.get() + 1);
    progress.set(-1);
    status.set("Loading " + describeData(request) + "\u2026");
    running.set(true);
    // Only the start and the end jump the queue: steps, epochs and snapshots wait for the next
    // flush (at most 1/20 s while the run goes on), so the FX thread sees ≤ 20 batches a second.
    UpdateThrottle<TrainingUpdate> throttle =
        new UpdateThrottle<>(
            threads.fx(),
            clock,
            UPDATES_PER_SECOND,
            u ->
                !(u instanceof TrainingUpdate.Step
                    || u instanceof TrainingUpdate.Epoch
                    || u instanceof TrainingUpdate.Codes),
            this::apply);
    try {
      run = service.start(request, throttle::post);
    } catch (IllegalStateException e) {
      running.set(false);
      status.set(e.getMessage());
      errorHandler.accept(e.getMessage());
    }
  }

  private String describeData(TrainingRequest r) {
    return data.get() == DataChoice.FOLDER ? r.data() : data.get().label();
  }

  /** The request the form describes. */
  TrainingRequest request() {
    String spec = data.get().spec;
    if (data.get() == DataChoice.FOLDER) {
      if (dataFolder.get() == null) {
        throw new IllegalArgumentException(
            "data: choose a folder with train-images-idx3-ubyte"
                + " and train-labels-idx1-ubyte (optionally .gz)");
      }
      spec = dataFolder.get().toString();
    }
    int latent = TrainingForm.positive("latent dimension", latentDim.get(), 512);
    List<Integer> sizes = TrainingForm.hidden(hidden.get());
    int e = TrainingForm.positive("epochs", epochs.get(), 10_000);
    int b = TrainingForm.positive("batch size", batchSize.get(), 65_536);
    double lr = TrainingForm.learningRate(learningRate.get());
    boolean vae = variational.get();
    if (vae && klOnly.get() && beta.get() == 0) {
      throw new IllegalArgumentException(
          "KL only with \u03b2 = 0 leaves nothing to learn: raise \u03b2 or untick KL only");
    }
    int limit = TrainingForm.atLeastZero("images", imageLimit.get());
    int every = TrainingForm.atLeastZero("redraw every", snapshotEvery.get());
    int points = TrainingForm.positive("points to watch", snapshotPoints.get(), 60_000);
    int s = TrainingForm.atLeastZero("seed", seed.get());
    Path out = TrainingForm.folder("save to", output.get(), home);
    return new TrainingRequest(
        spec,
        vae,
        latent,
        sizes,
        e,
        b,
        lr,
        vae ? beta.get() : 0,
        vae && klOnly.get(),
        limit,
        every,
        points,
        out,
        s);
  }

  /** Asks the running training to stop; it reports back within a step. */
  public void cancel() {
    if (running.get() && run != null) {
      run.cancel();
      status.set("Cancelling\u2026");
    }
  }

  /** Opens the last saved model in the explorer, in place of the model of its kind. */
  public void useInExplorer() {
    if (explorer != null && lastSaved.get() != null) {
      explorer.openFolder(lastSaved.get());
      status.set(
          "Opened in the explorer as its "
              + (runVariational.get() ? "VAE" : "AE")
              + ": "
              + lastSaved.get());
    }
  }

  /** Shows snapshot {@code index} on the plane; the newest one keeps following the run. */
  public void showSnapshot(int index) {
    if (index >= 0 && index < snapshots.size()) {
      shownSnapshot.set(index);
      live.set(index == snapshots.size() - 1);
    }
  }

  private void apply(List<TrainingUpdate> batch) {
    boolean chart = false;
    for (TrainingUpdate u : batch) {
      if (u instanceof TrainingUpdate.Started s) {
        started = s;
        classNames.set(s.classNames());
        progress.set(0);
      } else if (u instanceof TrainingUpdate.Step s) {
        lastStep = s;
        history.addStep(
            s.epoch() - 1 + (double) s.batch() / started.batchesPerEpoch(),
            s.total(),
            s.reconstruction(),
            s.kl());
        chart = true;
      } else if (u instanceof TrainingUpdate.Epoch e) {
        lastEpoch = e.epoch();
        secondsPerEpoch = e.seconds();
        history.addEpoch(e.epoch(), e.total(), e.reconstruction(), e.kl());
        chart = true;
      } else if (u instanceof TrainingUpdate.Codes c) {
        addSnapshot(c);
      } else {
        finish(u);
      }
    }
    if (chart) {
      historyRevision.set(historyRevision.get() + 1);
    }
    if (running.get() && started != null && lastStep != null) {
      progress.set(
          (double) lastStep.step() / ((long) started.epochs() * started.batchesPerEpoch()));
      status.set(
          String.format(
              Locale.ROOT,
              "Epoch %d of %d \u00b7 step %,d of %,d%s",
              lastStep.epoch(),
              started.epochs(),
              lastStep.step(),
              (long) started.epochs() * started.batchesPerEpoch(),
              lastEpoch > 0
                  ? String.format(Locale.ROOT, " \u00b7 %.1f s per epoch", secondsPerEpoch)
                  : ""));
    }
  }

  private void addSnapshot(TrainingUpdate.Codes c) {
    if (started == null) {
      return;
    }
    PlaneData d = PlaneData.layout(null, c.codes(), started.labels(), runVariational.get());
    snapshots.add(new TrainingSnapshot(c.epoch(), c.step(), c.epochEnd(), runVariational.get(), d));
    if (snapshots.size() > MAX_SNAPSHOTS) {
      thin();
    }
    if (live.get()) {
      shownSnapshot.set(snapshots.size() - 1);
    }
  }

  /** Halves the snapshots between epoch ends, keeping the first, the last and every epoch end. */
  private void thin() {
    List<TrainingSnapshot> kept = new ArrayList<>();
    int between = 0;
    for (int i = 0; i < snapshots.size(); i++) {
      TrainingSnapshot s = snapshots.get(i);
      boolean keep = i == 0 || i == snapshots.size() - 1 || s.epochEnd() || between++ % 2 == 1;
      if (keep) {
        kept.add(s);
      }
    }
    TrainingSnapshot shown = shownSnapshot.get() >= 0 ? snapshots.get(shownSnapshot.get()) : null;
    snapshots.setAll(kept);
    int at = kept.indexOf(shown);
    shownSnapshot.set(live.get() || at < 0 ? kept.size() - 1 : at);
  }

  /**
   * Writes the end state first and clears {@code running} last, so whoever hears "stopped" sees it.
   */
  private void finish(TrainingUpdate u) {
    run = null;
    if (u instanceof TrainingUpdate.Finished f) {
      progress.set(1);
      lastSaved.set(f.folder());
      status.set(
          String.format(
              Locale.ROOT,
              "Saved to %s \u00b7 reconstruction %.1f%s nats",
              f.folder(),
              f.reconstruction(),
              runVariational.get() ? String.format(Locale.ROOT, ", KL %.2f", f.kl()) : ""));
    } else if (u instanceof TrainingUpdate.Stopped s) {
      status.set(
          s.cancelled() ? "Cancelled: nothing saved; the explorer keeps its models." : s.message());
    } else if (u instanceof TrainingUpdate.Failed f) {
      progress.set(0);
      status.set(f.message());
    }
    running.set(false);
    if (u instanceof TrainingUpdate.Stopped s && !s.cancelled()) {
      errorHandler.accept(s.message());
    } else if (u instanceof TrainingUpdate.Failed f) {
      errorHandler.accept(f.message());
    }
  }

  /** Who hears about bad input and failed runs, as one line each (the view shows a dialog). */
  public void setErrorHandler(Consumer<String> handler) {
    errorHandler = Objects.requireNonNull(handler);
  }

  // The form.

  /** Where the images come from. */
  public ObjectProperty<DataChoice> dataProperty() {
    return data;
  }

  /** The IDX folder, for {@link DataChoice#FOLDER}. */
  public ObjectProperty<Path> dataFolderProperty() {
    return dataFolder;
  }

  /** VAE (true) or AE. */
  public BooleanProperty variationalProperty() {
    return variational;
  }

  /** The latent dimension, as typed. */
  public StringProperty latentDimProperty() {
    return latentDim;
  }

  /** Hidden sizes such as "512,256". */
  public StringProperty hiddenProperty() {
    return hidden;
  }

  /** Epochs, as typed. */
  public StringProperty epochsProperty() {
    return epochs;
  }

  /** Batch size, as typed. */
  public StringProperty batchSizeProperty() {
    return batchSize;
  }

  /** Adam's learning rate, as typed. */
  public StringProperty learningRateProperty() {
    return learningRate;
  }

  /** β, the KL weight (0 to 10). */
  public DoubleProperty betaProperty() {
    return beta;
  }

  /** The KL-only preset: reconstruction weight 0. */
  public BooleanProperty klOnlyProperty() {
    return klOnly;
  }

  /** Train on the first N images only (blank: all). */
  public StringProperty imageLimitProperty() {
    return imageLimit;
  }

  /** Re-encode the watched images every N steps (0: at epoch ends only). */
  public StringProperty snapshotEveryProperty() {
    return snapshotEvery;
  }

  /** How many images to watch on the live plane. */
  public StringProperty snapshotPointsProperty() {
    return snapshotPoints;
  }

  /** The random seed. */
  public StringProperty seedProperty() {
    return seed;
  }

  /** The model folder to save to; named after the settings until the user edits it. */
  public StringProperty outputProperty() {
    return output;
  }

  /** Where models go by default: ~/LatentLab/models. */
  public Path modelsRoot() {
    return modelsRoot;
  }

  // The run.

  /** True while a run is going. */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Progress in [0, 1]; −1 while the data loads. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** One line about the run. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The losses so far; read it when {@link #historyRevisionProperty()} changes. */
  public LossHistory history() {
    return history;
  }

  /** Counts changes of {@link #history()}. */
  public ReadOnlyIntegerProperty historyRevisionProperty() {
    return historyRevision.getReadOnlyProperty();
  }

  /** Whether the current (or last) run trains a VAE. */
  public ReadOnlyBooleanProperty runVariationalProperty() {
    return runVariational.getReadOnlyProperty();
  }

  /** The snapshots of the watched codes, oldest first. */
  public ObservableList<TrainingSnapshot> snapshots() {
    return snapshotsView;
  }

  /** The snapshot on the plane, or −1. */
  public ReadOnlyIntegerProperty shownSnapshotProperty() {
    return shownSnapshot.getReadOnlyProperty();
  }

  /** Whether the plane follows the newest snapshot. */
  public BooleanProperty liveProperty() {
    return live;
  }

  /** The folder of the last model saved, or null. */
  public ReadOnlyObjectProperty<Path> lastSavedProperty() {
    return lastSaved.getReadOnlyProperty();
  }

  /** The class names of the training data (for the legend). */
  public ReadOnlyObjectProperty<List<String>> classNamesProperty() {
    return classNames.getReadOnlyProperty();
  }
}
