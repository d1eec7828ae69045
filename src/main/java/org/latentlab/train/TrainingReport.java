package org.latentlab.train;

import java.util.List;
import org.latentlab.model.ModelSpec;

/**
 * What a finished training run did.
 *
 * @param spec the architecture trained
 * @param options the options used
 * @param trainImages images per epoch
 * @param epochs the per-epoch summaries, in order
 */
public record TrainingReport(
    ModelSpec spec, TrainingOptions options, int trainImages, List<TrainingEvent.EpochEnd> epochs) {

  /** Defensive copy. */
  public TrainingReport {
    epochs = List.copyOf(epochs);
  }

  /** The last epoch's summary. */
  public TrainingEvent.EpochEnd last() {
    return epochs.get(epochs.size() - 1);
  }

  /**
   * Median seconds per epoch in the steady state: leaving out the first epoch when there are
   * several, which also pays for the JIT compiling the Java side while it trains.
   */
  public double medianSecondsPerEpoch() {
    List<TrainingEvent.EpochEnd> timed =
        epochs.size() > 1 ? epochs.subList(1, epochs.size()) : epochs;
    double[] s = timed.stream().mapToDouble(TrainingEvent.EpochEnd::seconds).sorted().toArray();
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** Mean seconds per epoch, leaving out the first (warm-up) epoch when there are several. */
  public double secondsPerEpoch() {
    List<TrainingEvent.EpochEnd> timed =
        epochs.size() > 1 ? epochs.subList(1, epochs.size()) : epochs;
    return timed.stream().mapToDouble(TrainingEvent.EpochEnd::seconds).average().orElse(0);
  }
}
