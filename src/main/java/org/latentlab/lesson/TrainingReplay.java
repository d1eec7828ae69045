package org.latentlab.lesson;

/**
 * A recorded training run a scene replays, so the class watches the space form without waiting.
 *
 * @param run the recorded run's name (bundled) or file
 * @param snapshot the snapshot shown first; -1 for the last
 * @param play whether the replay starts playing
 */
public record TrainingReplay(String run, int snapshot, boolean play) {
  /** Checks the fields. */
  public TrainingReplay {
    if (run == null || run.isBlank()) {
      throw new IllegalArgumentException("'training.run' is missing");
    }
    if (snapshot < -1) {
      throw new IllegalArgumentException(
          "'training.snapshot' must be a snapshot number from 0, or -1 for the last");
    }
  }
}
