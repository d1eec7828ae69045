package org.latentlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reports every step as a {@link TrainingEvent.BatchEnd} and every epoch, with its mean losses and
 * wall time, as a {@link TrainingEvent.EpochEnd}; keeps the epochs for the run's report.
 */
final class EpochMeans implements BatchLoop.Listener<StepLosses> {
  private final Consumer<TrainingEvent> events;
  private final List<TrainingEvent.EpochEnd> epochs = new ArrayList<>();
  private long start;
  private double reconstruction;
  private double kl;
  private double total;
  private long seen;

  EpochMeans(Consumer<TrainingEvent> events) {
    this.events = events;
  }

  @Override
  public void onEpochBegin(int epoch) {
    start = System.nanoTime();
    reconstruction = 0;
    kl = 0;
    total = 0;
    seen = 0;
  }

  @Override
  public void onBatchEnd(BatchLoop.Position at, int images, StepLosses losses) {
    reconstruction += losses.reconstruction() * images;
    kl += losses.kl() * images;
    total += losses.total() * images;
    seen += images;
    events.accept(
        new TrainingEvent.BatchEnd(
            at.epoch(), at.epochs(), at.batch(), at.batches(), at.step(), losses));
  }

  @Override
  public void onEpochEnd(BatchLoop.Position end) {
    var epoch =
        new TrainingEvent.EpochEnd(
            end.epoch(),
            end.epochs(),
            new StepLosses(reconstruction / seen, kl / seen, total / seen),
            (System.nanoTime() - start) / 1e9);
    epochs.add(epoch);
    events.accept(epoch);
  }

  /** The epochs so far, in order. */
  List<TrainingEvent.EpochEnd> epochs() {
    return epochs;
  }
}
