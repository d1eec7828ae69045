package org.latentlab.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.error.ErrorMessages;
import org.latentlab.latent.record.RecordedRun;
import org.latentlab.latent.record.RecordedRunFile;
import org.latentlab.latent.record.RunSettings;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.PlaneData;

/**
 * A recorded run on the Train tab: the bundled ones or a file, loaded in the background, then
 * played, paused, stepped and scrubbed through the replay's snapshots, with the loss charts drawn
 * up to the snapshot shown. "Train it live" fills the form with the run's settings and starts it.
 *
 * <p>Playing advances one snapshot per {@link #tick()}; the view's timer ticks while {@link
 * #playingProperty()} is true, so tests step time by hand.
 */
public final class RecordedRunViewModel {
  private final UiThreads threads;
  private final TrainingFormViewModel form;
  private final TrainingRunViewModel run;
  private final TrainingReplayViewModel replay;
  private Consumer<String> errorHandler = message -> {};

  private final ReadOnlyObjectWrapper<RecordedRun> shown = new ReadOnlyObjectWrapper<>(this, "run");
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
  private final ReadOnlyStringWrapper about = new ReadOnlyStringWrapper(this, "about", "");
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private int request;

  RecordedRunViewModel(
      UiThreads threads,
      TrainingFormViewModel form,
      TrainingRunViewModel run,
      TrainingReplayViewModel replay) {
    this.threads = Objects.requireNonNull(threads);
    this.form = form;
    this.run = run;
    this.replay = replay;
    replay.shownSnapshotProperty().addListener((obs, was, now) -> showLosses());
    run.runningProperty()
        .addListener(
            (obs, was, now) -> {
              if (now) {
                forget();
              }
            });
  }

  /** The bundled runs, in the order offered. */
  public List<String> bundled() {
    return RecordedRunFile.BUNDLED;
  }

  /** What a run is called in the list: "β = 1 (the ELBO)", "KL only, from the trained VAE". */
  public static String label(String bundledName) {
    return switch (bundledName) {
      case "beta-1" -> "\u03b2 = 1 (the ELBO)";
      case "beta-0" -> "\u03b2 = 0 (no regularizer)";
      case "beta-4" -> "\u03b2 = 4 (a large \u03b2)";
      case "kl-only-from-vae" -> "KL only, from the trained VAE";
      default -> bundledName;
    };
  }

  /**
   * Loads the bundled run {@code bundledName} or the file it names, then shows its first snapshot.
   */
  public void load(String nameOrFile) {
    replay(nameOrFile, 0, false);
  }

  /** Loads the run file {@code file}, then shows its first snapshot. */
  public void loadFile(Path file) {
    load(file.toString());
  }

  /**
   * Loads a run (off the FX thread), then shows snapshot {@code snapshot} (−1: the last) and plays
   * from there if {@code play}. A run that cannot be read is one line to the error handler; the run
   * shown before stays.
   */
  public void replay(String nameOrFile, int snapshot, boolean play) {
    if (run.runningProperty().get()) {
      errorHandler.accept("a training run is going: cancel it to replay a recorded run");
      return;
    }
    int mine = ++request;
    pause();
    RecordedRun current = shown.get();
    if (current != null
        && nameOrFile.equals(name.get())
        && RecordedRunFile.BUNDLED.contains(nameOrFile)) {
      // A lesson going back and forth between scenes of one bundled run: no need to read it again.
      showAt(snapshot, play);
      return;
    }
    loading.set(true);
    threads
        .background()
        .execute(
            () -> {
              RecordedRun r;
              List<TrainingSnapshot> laidOut;
              try {
                r = RecordedRunFile.open(nameOrFile);
                laidOut = layOut(r);
              } catch (IOException | RuntimeException e) {
                String line = ErrorMessages.oneLine(e);
                threads.fx().execute(() -> failed(mine, line));
                return;
              }
              threads.fx().execute(() -> show(mine, nameOrFile, r, laidOut, snapshot, play));
            });
  }

  private void failed(int mine, String line) {
    if (mine == request) {
      loading.set(false);
      errorHandler.accept(line);
    }
  }

  /** Every snapshot of {@code r} as the plane draws it (pure: runs on the loading thread). */
  private static List<TrainingSnapshot> layOut(RecordedRun r) {
    boolean vae = r.settings().variational();
    List<TrainingSnapshot> out = new ArrayList<>(r.snapshots().size());
    for (RecordedRun.Snapshot s : r.snapshots()) {
      out.add(
          new TrainingSnapshot(
              s.epoch(),
              s.step(),
              s.epochEnd(),
              vae,
              PlaneData.layout(null, s.codes(), r.labels(), vae)));
    }
    return out;
  }

  private void show(
      int mine,
      String nameOrFile,
      RecordedRun r,
      List<TrainingSnapshot> laidOut,
      int snapshot,
      boolean play) {
    if (mine != request || run.runningProperty().get()) {
      return;
    }
    loading.set(false);
    shown.set(r);
    name.set(nameOrFile);
    about.set(describe(r));
    replay.showRecorded(r.settings().variational(), r.labels(), r.classNames(), laidOut);
    showAt(snapshot, play);
  }

  /** Shows snapshot {@code snapshot} (−1 or beyond the end: the last), playing on if asked. */
  private void showAt(int snapshot, boolean play) {
    int n = replay.snapshots().size();
    replay.showSnapshot(snapshot < 0 || snapshot >= n ? n - 1 : snapshot);
    showLosses();
    if (play) {
      play();
    }
  }

  /** "VAE, β = 1 · 10 epochs on 10,000 images of mnist · 2,000 codes, 41 snapshots". */
  static String describe(RecordedRun r) {
    RunSettings s = r.settings();
    String model =
        s.variational()
            ? "VAE, " + (s.klOnly() ? "KL only" : "\u03b2 = " + BetaScale.describe(s.beta()))
            : "AE";
    return String.format(
        Locale.ROOT,
        "%s%s \u00b7 %d epochs on %s images of %s \u00b7 %,d codes, %d snapshots",
        model,
        s.startsFromModel() ? ", starting from " + s.startedFrom() : "",
        s.epochs(),
        s.imageLimit() > 0 ? String.format(Locale.ROOT, "%,d", s.imageLimit()) : "all",
        s.data(),
        r.labels().length,
        r.snapshots().size());
  }

  /** Starts playing; from the first snapshot when the last is shown. */
  public void play() {
    if (shown.get() == null || replay.snapshots().size() < 2) {
      return;
    }
    if (replay.shownSnapshotProperty().get() >= replay.snapshots().size() - 1) {
      replay.showSnapshot(0);
    }
    playing.set(true);
  }

  /** Stops playing; the snapshot shown stays. */
  public void pause() {
    playing.set(false);
  }

  /** Play or pause. */
  public void togglePlay() {
    if (playing.get()) {
      pause();
    } else {
      play();
    }
  }

  /** While playing: the next snapshot; at the last one, playing stops. */
  public void tick() {
    if (playing.get()) {
      stepForward();
      if (replay.shownSnapshotProperty().get() >= replay.snapshots().size() - 1) {
        pause();
      }
    }
  }

  /** One snapshot on. */
  public void stepForward() {
    replay.showSnapshot(replay.shownSnapshotProperty().get() + 1);
  }

  /** One snapshot back (pauses). */
  public void stepBack() {
    pause();
    replay.showSnapshot(replay.shownSnapshotProperty().get() - 1);
  }

  /** Fills the form with the shown run's settings and trains it live. */
  public void trainLive() {
    RecordedRun r = shown.get();
    if (r == null) {
      return;
    }
    form.fill(r.settings(), r.labels().length);
    run.start();
  }

  private void forget() {
    pause();
    request++;
    loading.set(false);
    shown.set(null);
    name.set("");
    about.set("");
  }

  private void showLosses() {
    RecordedRun r = shown.get();
    int at = replay.shownSnapshotProperty().get();
    if (r == null || at < 0 || at >= replay.snapshots().size()) {
      return;
    }
    TrainingSnapshot s = replay.snapshots().get(at);
    run.showRecorded(r, s.step(), "Recorded run: " + s.describe() + " \u00b7 " + about.get());
  }

  /** Who hears about a run that cannot be read, as one line. */
  public void setErrorHandler(Consumer<String> handler) {
    errorHandler = Objects.requireNonNull(handler);
  }

  /** The run shown, or null (none yet, or a live run replaced it). */
  public ReadOnlyObjectProperty<RecordedRun> runProperty() {
    return shown.getReadOnlyProperty();
  }

  /** The bundled name or file of the run shown, or "". */
  public ReadOnlyStringProperty nameProperty() {
    return name.getReadOnlyProperty();
  }

  /** One line about the run shown (model, β, epochs, data, codes), or "". */
  public ReadOnlyStringProperty aboutProperty() {
    return about.getReadOnlyProperty();
  }

  /** Whether the replay is playing. */
  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  /** Whether a run is being read. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }
}
