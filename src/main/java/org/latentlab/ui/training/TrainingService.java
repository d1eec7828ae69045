package org.latentlab.ui.training;

import java.util.function.Consumer;

/**
 * The training panel's way into training: the app implements it over the real trainer, tests pass a
 * fake. Only plain Java crosses: a {@link TrainingRequest} in, {@link TrainingUpdate}s out.
 */
public interface TrainingService {

  /**
   * Starts a run in the background and returns at once. Updates arrive on the training thread, in
   * order, ending with exactly one {@link TrainingUpdate.Finished}, {@link TrainingUpdate.Stopped}
   * or {@link TrainingUpdate.Failed}.
   *
   * @throws IllegalStateException if a run is still going (one at a time: one GradientCollector)
   */
  TrainingRun start(TrainingRequest request, Consumer<TrainingUpdate> updates);

  /** A run in progress. */
  @FunctionalInterface
  interface TrainingRun {
    /** Asks the run to stop at the next step; it then reports {@link TrainingUpdate.Stopped}. */
    void cancel();
  }
}
