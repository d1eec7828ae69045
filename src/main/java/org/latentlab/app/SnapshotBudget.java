package org.latentlab.app;

import java.util.function.LongSupplier;
import org.latentlab.train.TrainingObserver;

/**
 * Which of the Train tab's snapshots a run can afford. Re-encoding 3,000 watched digits costs about
 * a fifth of 20 training steps of the 784-512-256-2 VAE, so "every 20 steps" would make the tab a
 * fifth slower than {@code train}. The first snapshot and every epoch's end are always taken; one
 * within an epoch only while the snapshots so far have taken at most {@value #SHARE} of the run's
 * time. A small model or a slow step gets every snapshot asked for; a fast one fewer, evenly
 * spread.
 */
final class SnapshotBudget {
  /** The share of a run's time snapshots may take. */
  static final double SHARE = 0.08;

  private final LongSupplier clock;
  private final long start;
  private long spent;

  /** A budget whose run starts now on {@code clock} (nanoseconds). */
  SnapshotBudget(LongSupplier clock) {
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** Whether the snapshot at {@code at} is taken. */
  boolean affords(TrainingObserver.Checkpoint at) {
    return at.epochEnd() || at.step() == 0 || spent <= SHARE * (clock.getAsLong() - start);
  }

  /** Records the nanoseconds a snapshot took. */
  void spent(long nanos) {
    spent += nanos;
  }
}
