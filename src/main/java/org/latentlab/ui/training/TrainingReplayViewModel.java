package org.latentlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentlab.ui.plane.PlaneData;

/**
 * The watched images' codes during a run, as snapshots the live plane shows and a slider replays:
 * the newest one while the plane is live, the one the user scrubbed to otherwise.
 *
 * <p>A long run would keep thousands of snapshots; beyond {@link #MAX_SNAPSHOTS} every other one
 * between epoch ends is dropped, so the replay still spans the whole run, each epoch end included.
 */
public final class TrainingReplayViewModel {
  /** Most snapshots kept; beyond it every other one between epoch ends is dropped. */
  public static final int MAX_SNAPSHOTS = 400;

  private final ObservableList<TrainingSnapshot> snapshots = FXCollections.observableArrayList();
  private final ObservableList<TrainingSnapshot> snapshotsView =
      FXCollections.unmodifiableObservableList(snapshots);
  private final ReadOnlyIntegerWrapper shownSnapshot =
      new ReadOnlyIntegerWrapper(this, "shown", -1);
  private final BooleanProperty live = new SimpleBooleanProperty(this, "live", true);
  private final ReadOnlyObjectWrapper<List<String>> classNames =
      new ReadOnlyObjectWrapper<>(this, "classNames", List.of());
  private boolean variational = true;
  private int[] labels;
  private boolean loaded;

  TrainingReplayViewModel() {}

  /** Forgets the last run's snapshots; the plane follows the new run from its first codes. */
  void reset(boolean variational) {
    this.variational = variational;
    labels = null;
    loaded = false;
    snapshots.clear();
    shownSnapshot.set(-1);
    live.set(true);
  }

  /** The run's data is loaded: its watched images' labels colour the codes to come. */
  void started(int[] labels, List<String> classNames) {
    this.labels = labels;
    loaded = true;
    this.classNames.set(classNames);
  }

  /** Adds the codes of one snapshot; before the data is loaded there is nothing to colour them. */
  void add(TrainingUpdate.Codes c) {
    if (!loaded) {
      return;
    }
    PlaneData d = PlaneData.layout(null, c.codes(), labels, variational);
    snapshots.add(new TrainingSnapshot(c.epoch(), c.step(), c.epochEnd(), variational, d));
    if (snapshots.size() > MAX_SNAPSHOTS) {
      thin();
    }
    if (live.get()) {
      shownSnapshot.set(snapshots.size() - 1);
    }
  }

  /**
   * Shows a recorded run's snapshots, laid out beforehand (off the FX thread), in place of the last
   * run's; the plane shows the first until one is chosen.
   */
  void showRecorded(
      boolean variational, int[] labels, List<String> classNames, List<TrainingSnapshot> recorded) {
    reset(variational);
    started(labels, classNames);
    snapshots.setAll(recorded);
    live.set(recorded.size() <= 1);
    shownSnapshot.set(recorded.isEmpty() ? -1 : 0);
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

  /** Shows snapshot {@code index} on the plane; the newest one keeps following the run. */
  public void showSnapshot(int index) {
    if (index >= 0 && index < snapshots.size()) {
      shownSnapshot.set(index);
      live.set(index == snapshots.size() - 1);
    }
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

  /** The class names of the training data (for the legend). */
  public ReadOnlyObjectProperty<List<String>> classNamesProperty() {
    return classNames.getReadOnlyProperty();
  }
}
