package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;

/**
 * The Train tab: its {@link #form() form}, its {@link #run() run}, the {@link #replay() replay} of
 * the watched codes and the {@link #recorded() recorded runs}, wired together (Start reads the
 * form; the run or a recorded run feeds the replay). Each view of the tab takes the part it shows.
 */
public final class TrainingViewModel {
  private final TrainingFormViewModel form;
  private final TrainingReplayViewModel replay = new TrainingReplayViewModel();
  private final TrainingRunViewModel run;
  private final RecordedRunViewModel recorded;

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
    form = new TrainingFormViewModel(home);
    run = new TrainingRunViewModel(service, threads, explorer, clock, form, replay);
    recorded = new RecordedRunViewModel(threads, form, run, replay);
  }

  /** The settings of the next run. */
  public TrainingFormViewModel form() {
    return form;
  }

  /** Start, Cancel, progress, the losses and the saved model. */
  public TrainingRunViewModel run() {
    return run;
  }

  /** The snapshots of the watched codes and the one on the plane. */
  public TrainingReplayViewModel replay() {
    return replay;
  }

  /** The recorded runs: choose one, play, pause, step, scrub, train it live. */
  public RecordedRunViewModel recorded() {
    return recorded;
  }

  /**
   * Who hears about bad input, failed runs and unreadable recorded runs, as one line each (the view
   * shows a dialog).
   */
  public void setErrorHandler(Consumer<String> handler) {
    run.setErrorHandler(handler);
    recorded.setErrorHandler(handler);
  }

  // The live plane shows the replay and whether a run is going; it reads them here.

  ObservableList<TrainingSnapshot> snapshots() {
    return replay.snapshots();
  }

  ReadOnlyIntegerProperty shownSnapshotProperty() {
    return replay.shownSnapshotProperty();
  }

  BooleanProperty liveProperty() {
    return replay.liveProperty();
  }

  void showSnapshot(int index) {
    replay.showSnapshot(index);
  }

  ReadOnlyObjectProperty<List<String>> classNamesProperty() {
    return replay.classNamesProperty();
  }

  ReadOnlyBooleanProperty runningProperty() {
    return run.runningProperty();
  }
}
