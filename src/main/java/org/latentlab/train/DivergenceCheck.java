package org.latentlab.train;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Stops a run whose loss has blown up (after DJL's {@code DivergenceCheckTrainingListener}), so
 * that a model like that is never saved, least of all over a good one. A run has diverged when
 *
 * <ul>
 *   <li>any term of a step's loss is no longer a finite number (from there on every weight becomes
 *       NaN), or
 *   <li>a step's objective is above a ceiling no sane model of the task comes near (a finite loss
 *       of 10¹⁸ nats is as broken as NaN), or
 *   <li>an epoch's mean objective is more than {@value #GROWTH_LIMIT} times the first epoch's:
 *       training makes the loss fall, so a run whose loss grew like that is no longer learning.
 * </ul>
 *
 * @param <R> what a step measures
 */
public final class DivergenceCheck<R> implements BatchLoop.Listener<R> {
  /** How many times the first epoch's mean loss a later epoch's mean may reach. */
  static final double GROWTH_LIMIT = 100;

  private final ToDoubleFunction<? super R> objective;
  private final List<ToDoubleFunction<? super R>> terms;
  private final double ceiling;
  private final boolean namesBatch;
  private double sum;
  private long images;
  private double firstEpochMean = Double.NaN;

  /**
   * @param objective reads the objective a step minimized, nats per image
   * @param terms read the other terms of the loss, each of which must stay finite
   * @param ceiling the objective above which no model of the task is sane, nats per image
   * @param namesBatch whether the message names the batch as well as the epoch
   */
  public DivergenceCheck(
      ToDoubleFunction<? super R> objective,
      List<ToDoubleFunction<? super R>> terms,
      double ceiling,
      boolean namesBatch) {
    if (!(ceiling > 0)) {
      throw new IllegalArgumentException("the ceiling must be positive: " + ceiling);
    }
    this.objective = objective;
    this.terms = List.copyOf(terms);
    this.ceiling = ceiling;
    this.namesBatch = namesBatch;
  }

  /**
   * The check of an autoencoder's or a VAE's ELBO terms on images of {@code pixels} pixels. Its
   * ceiling is 100 nats per pixel: a decoder that is certain, and wrong, about every pixel (an
   * untrained one starts near ln 2 ≈ 0.69 per pixel).
   */
  public static DivergenceCheck<StepLosses> forElbo(int pixels) {
    return new DivergenceCheck<>(
        StepLosses::total,
        List.of(StepLosses::reconstruction, StepLosses::kl),
        100.0 * pixels,
        true);
  }

  @Override
  public void onEpochBegin(int epoch) {
    sum = 0;
    images = 0;
  }

  @Override
  public void onBatchEnd(BatchLoop.Position at, int batchImages, R result)
      throws TrainingStoppedException {
    double value = objective.applyAsDouble(result);
    for (ToDoubleFunction<? super R> term : terms) {
      double t = term.applyAsDouble(result);
      if (!Double.isFinite(t)) {
        value = t;
      }
    }
    String where = "in epoch " + at.epoch() + (namesBatch ? ", batch " + at.batch() : "");
    if (!Double.isFinite(value)) {
      throw stopped("the loss became " + value + " " + where);
    }
    if (value > ceiling) {
      throw stopped(
          "the loss exploded to "
              + nats(value)
              + " nats per image "
              + where
              + " (a model that learns stays far below "
              + nats(ceiling)
              + ")");
    }
    sum += value * batchImages;
    images += batchImages;
  }

  @Override
  public void onEpochEnd(BatchLoop.Position end) throws TrainingStoppedException {
    if (images == 0) {
      return;
    }
    double mean = sum / images;
    if (Double.isNaN(firstEpochMean)) {
      firstEpochMean = mean;
    } else if (mean > GROWTH_LIMIT * firstEpochMean) {
      throw stopped(
          "the loss exploded: epoch "
              + end.epoch()
              + " averaged "
              + nats(mean)
              + " nats per image, more than "
              + (int) GROWTH_LIMIT
              + " times the first epoch's "
              + nats(firstEpochMean));
    }
  }

  private static TrainingStoppedException stopped(String what) {
    return new TrainingStoppedException(
        what + "; training stopped and nothing was saved (try a lower learning rate)", false);
  }

  private static String nats(double value) {
    return String.format(Locale.ROOT, value >= 1e6 ? "%.2g" : "%.1f", value);
  }
}
