package org.latentlab.ui.training;

import java.util.Objects;
import org.latentlab.lesson.Scene;
import org.latentlab.lesson.TrainingReplay;

/**
 * Plays a lesson scene's recorded training run on the Train tab: the run is loaded in the
 * background, the scene's snapshot shown and, if the scene says so, played. A run that cannot be
 * read is one line to the Train tab's error handler. A scene without a run pauses any replay.
 */
public final class RecordedRunPlayer {
  private final RecordedRunViewModel recorded;

  /** A player over the Train tab's recorded runs. */
  public RecordedRunPlayer(TrainingViewModel training) {
    this.recorded = Objects.requireNonNull(training).recorded();
  }

  /**
   * Shows {@code run} (a bundled name or a file) at {@code snapshot} (−1: the last), playing from
   * there if {@code play}.
   */
  public void play(String run, int snapshot, boolean play) {
    recorded.replay(run, snapshot, play);
  }

  /** Plays {@code scene}'s run, if it has one; for {@code ExplorerDirector.setTrainingPlayer}. */
  public void show(Scene scene) {
    TrainingReplay t = scene.training();
    if (t == null) {
      recorded.pause();
    } else {
      play(t.run(), t.snapshot(), t.play());
    }
  }
}
