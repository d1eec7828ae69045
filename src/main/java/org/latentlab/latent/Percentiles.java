package org.latentlab.latent;

import java.util.Arrays;

/** Percentiles of a sample, by linear interpolation between order statistics (NumPy's default). */
public final class Percentiles {
  private Percentiles() {}

  /**
   * The {@code percent}-th percentile of {@code values}.
   *
   * @param values a non-empty sample (not modified)
   * @param percent in [0, 100]
   */
  public static double of(float[] values, double percent) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be in [0, 100]: " + percent);
    }
    float[] sorted = values.clone();
    Arrays.sort(sorted);
    double rank = percent / 100.0 * (sorted.length - 1);
    int lo = (int) Math.floor(rank);
    int hi = Math.min(lo + 1, sorted.length - 1);
    double frac = rank - lo;
    return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
  }
}
