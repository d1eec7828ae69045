package org.latentlab.app.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics for benchmark samples. */
final class Stats {
  private Stats() {}

  static double median(double[] xs) {
    return percentile(xs, 50);
  }

  /** The p-th percentile (nearest rank) of {@code xs}. */
  static double percentile(double[] xs, double p) {
    if (xs.length == 0) {
      return Double.NaN;
    }
    double[] s = xs.clone();
    Arrays.sort(s);
    int rank = (int) Math.ceil(p / 100.0 * s.length);
    return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
  }

  static double[] toArray(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
