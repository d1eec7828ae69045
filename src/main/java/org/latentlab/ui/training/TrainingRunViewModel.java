package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
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
import org.latentlab.latent.record.RecordedRun;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.fx.UpdateThrottle;

/**
 * One training run at a time: Start (which reads the form), Cancel, the progress and status line,
 * the loss history for the charts, and "Use in explorer" once a model is saved.
 *
 * <p>Training runs behind a {@link TrainingService} on its own thread. Its updates reach this view
 * model through an {@link UpdateThrottle}: at most {@value #UPDATES_PER_SECOND} batches a second on
 * the FX thread, whatever the step rate. The codes it reports go to the replay. The explorer's
 * models are untouched until the user makes a saved model active, so a cancelled or failed run
 * leaves the previous model in place.
 */
public final class TrainingRunViewModel {
  /**
   * Non-urgent updates per second on the FX thread, at most. Why not more: each one redraws three
   * charts, the status and, with new codes, the plane, in software on the FX thread, on the two
   * cores that also train. At 20 a second the FX and render threads used 4.6 CPU seconds against
   * training's 6.1 in the same run (3 epochs of the 10k digits, {@code bench}'s Train tab probe);
   * five a second still moves the curves smoothly for the eye.
   */
  public static final int UPDATES_PER_SECOND = 5;

  private final TrainingService service;
  private final UiThreads threads;
  private final ExplorerViewModel explorer;
  private final LongSupplier clock;
  private final TrainingFormViewModel form;
  private final TrainingReplayViewModel replay;
  private Consumer<String> errorHandler = message -> {};
  private Consumer<String> replaceHandler = question -> {};

  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper status =
      new ReadOnlyStringWrapper(this, "status", TrainingStatus.READY);
  private final LossHistory history = new LossHistory();
  private final ReadOnlyIntegerWrapper historyRevision =
      new ReadOnlyIntegerWrapper(this, "history");
  private final ReadOnlyBooleanWrapper runVariational =
      new ReadOnlyBooleanWrapper(this, "runVariational", true);
  private final ReadOnlyObjectWrapper<Path> lastSaved = new ReadOnlyObjectWrapper<>(this, "saved");
  private final ReadOnlyIntegerWrapper chartEpochs = new ReadOnlyIntegerWrapper(this, "epochs");

  private TrainingService.TrainingRun run;
  private TrainingUpdate.Started started;
  private TrainingUpdate.Step lastStep;
  private int lastEpoch;
  private double secondsPerEpoch;

  /**
   * The run part of the training panel.
   *
   * @param service runs training
   * @param threads its FX executor applies updates
   * @param explorer the explorer a saved model can be opened in (may be null)
   * @param clock a nanosecond clock for the update throttle ({@code System::nanoTime})
   * @param form read by Start
   * @param replay receives the codes of each run
   */
  TrainingRunViewModel(
      TrainingService service,
      UiThreads threads,
      ExplorerViewModel explorer,
      LongSupplier clock,
      TrainingFormViewModel form,
      TrainingReplayViewModel replay) {
    this.service = Objects.requireNonNull(service);
    this.threads = Objects.requireNonNull(threads);
    this.explorer = explorer;
    this.clock = clock;
    this.form = Objects.requireNonNull(form);
    this.replay = Objects.requireNonNull(replay);
  }

  /** Reads the form; a problem is reported as one line and nothing starts. */
  public void start() {
    start(false);
  }

  /**
   * Starts again after the user agreed to replace the model in the form's folder (the previous
   * start ended with {@link TrainingUpdate.ModelExists}).
   */
  public void replaceAndStart() {
    start(true);
  }

  private void start(boolean replace) {
    if (running.get()) {
      return;
    }
    TrainingRequest request;
    try {
      request = form.request().withOverwrite(replace);
    } catch (IllegalArgumentException e) {
      errorHandler.accept(e.getMessage());
      return;
    }
    history.clear();
    chartEpochs.set(0);
    // "Use in explorer" means this run's model from now on: a cancelled or failed run has none,
    // and offering the previous run's model instead would open the wrong one.
    lastSaved.set(null);
    replay.reset(request.variational());
    started = null;
    lastStep = null;
    lastEpoch = 0;
    runVariational.set(request.variational());
    historyRevision.set(historyRevision.get() + 1);
    progress.set(-1);
    status.set(TrainingStatus.loading(form.describeData(request)));
    running.set(true);
    // Only the start and the end jump the queue: steps, epochs and snapshots wait for the next
    // flush (at most 1/5 s while the run goes on), so the FX thread sees ≤ 5 batches a second.
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

  /**
   * Shows a recorded run's losses up to step {@code upTo} (an epoch's mean once its last step is
   * shown), with {@code line} as the status; does nothing while a run is going.
   */
  void showRecorded(RecordedRun recorded, long upTo, String line) {
    if (running.get()) {
      return;
    }
    history.clear();
    int steps = (int) Math.min(upTo, recorded.steps().size());
    for (RecordedRun.Loss l : recorded.steps().subList(0, steps)) {
      history.addStep(l.at(), l.total(), l.reconstruction(), l.kl());
    }
    for (RecordedRun.Loss l : recorded.epochs()) {
      if ((long) l.at() * recorded.batchesPerEpoch() <= upTo) {
        history.addEpoch((int) l.at(), l.total(), l.reconstruction(), l.kl());
      }
    }
    runVariational.set(recorded.settings().variational());
    chartEpochs.set(recorded.settings().epochs());
    progress.set(0);
    status.set(line);
    historyRevision.set(historyRevision.get() + 1);
  }

  /** Asks the running training to stop; it reports back within a step. */
  public void cancel() {
    if (running.get() && run != null) {
      run.cancel();
      status.set(TrainingStatus.CANCELLING);
    }
  }

  /** Opens the last saved model in the explorer, in place of the model of its kind. */
  public void useInExplorer() {
    if (explorer != null && lastSaved.get() != null) {
      explorer.openFolder(lastSaved.get());
      status.set(TrainingStatus.opened(runVariational.get(), lastSaved.get()));
    }
  }

  private void apply(List<TrainingUpdate> batch) {
    boolean chart = false;
    for (TrainingUpdate u : batch) {
      if (u instanceof TrainingUpdate.Started s) {
        started = s;
        replay.started(s.labels(), s.classNames());
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
        replay.add(c);
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
      status.set(TrainingStatus.progress(started, lastStep, lastEpoch > 0, secondsPerEpoch));
    }
  }

  /**
   * Writes the end state first and clears {@code running} last, so whoever hears "stopped" sees it.
   */
  private void finish(TrainingUpdate u) {
    run = null;
    if (u instanceof TrainingUpdate.Finished f) {
      progress.set(1);
      lastSaved.set(f.folder());
      status.set(TrainingStatus.saved(f, runVariational.get()));
    } else if (u instanceof TrainingUpdate.Stopped s) {
      status.set(TrainingStatus.stopped(s));
    } else if (u instanceof TrainingUpdate.Failed f) {
      progress.set(0);
      status.set(f.message());
    } else if (u instanceof TrainingUpdate.ModelExists m) {
      progress.set(0);
      status.set(TrainingStatus.modelExists(m));
    }
    running.set(false);
    if (u instanceof TrainingUpdate.ModelExists m) {
      replaceHandler.accept(
          "Replace the model in "
              + m.folder()
              + " ("
              + m.description()
              + ")? Other files in the folder are kept.");
    }
    if (u instanceof TrainingUpdate.Stopped s && !s.cancelled()) {
      errorHandler.accept(s.message());
    } else if (u instanceof TrainingUpdate.Failed f) {
      errorHandler.accept(f.message());
    }
  }

  /**
   * Who is asked whether to replace a model already in the chosen folder; on yes it calls {@link
   * #replaceAndStart()}.
   */
  public void setReplaceHandler(Consumer<String> handler) {
    replaceHandler = Objects.requireNonNull(handler);
  }

  /** Who hears about bad input and failed runs, as one line each (the view shows a dialog). */
  public void setErrorHandler(Consumer<String> handler) {
    errorHandler = Objects.requireNonNull(handler);
  }

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

  /**
   * The epochs the charts span while a recorded run is shown, so its curves draw themselves across
   * a fixed axis; 0 while a live run fits the axis to the steps so far.
   */
  public ReadOnlyIntegerProperty chartEpochsProperty() {
    return chartEpochs.getReadOnlyProperty();
  }

  /** Whether the current (or last) run trains a VAE. */
  public ReadOnlyBooleanProperty runVariationalProperty() {
    return runVariational.getReadOnlyProperty();
  }

  /** The folder of the last model saved, or null. */
  public ReadOnlyObjectProperty<Path> lastSavedProperty() {
    return lastSaved.getReadOnlyProperty();
  }
}
