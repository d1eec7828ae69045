package org.latentlab.latent.info;

import java.util.Arrays;
import java.util.List;

/**
 * A probability distribution over 2 to 12 named outcomes. The probabilities are finite, not
 * negative and sum to 1; zeros are allowed (an outcome that never happens).
 *
 * @param names the outcomes, as shown to the user
 * @param probabilities p(x) of each outcome, in the order of {@code names}
 */
public record Distribution(List<String> names, double[] probabilities) {
  public static final int MIN_OUTCOMES = 2;
  public static final int MAX_OUTCOMES = 12;
  private static final double SUM_TOLERANCE = 1e-9;

  /** Checks the outcomes and probabilities; copies both. */
  public Distribution {
    names = List.copyOf(names);
    probabilities = probabilities.clone();
    if (names.size() < MIN_OUTCOMES || names.size() > MAX_OUTCOMES) {
      throw new IllegalArgumentException(
          "a distribution needs "
              + MIN_OUTCOMES
              + " to "
              + MAX_OUTCOMES
              + " outcomes, not "
              + names.size());
    }
    if (probabilities.length != names.size()) {
      throw new IllegalArgumentException(
          names.size() + " outcomes but " + probabilities.length + " probabilities");
    }
    double sum = 0;
    for (double p : probabilities) {
      checkProbability(p);
      sum += p;
    }
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException("probabilities must sum to 1, not " + sum);
    }
  }

  /**
   * The distribution proportional to {@code weights}: each weight divided by their sum.
   *
   * @throws IllegalArgumentException if a weight is negative or not a number, or all are zero
   */
  public static Distribution normalized(List<String> names, double... weights) {
    double sum = 0;
    for (double w : weights) {
      if (!Double.isFinite(w) || w < 0) {
        throw new IllegalArgumentException("a weight must be a number ≥ 0, not " + w);
      }
      sum += w;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("at least one outcome needs a weight above 0");
    }
    double[] p = new double[weights.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = weights[i] / sum;
    }
    return new Distribution(names, fixSum(p));
  }

  /** The uniform distribution over {@code names}. */
  public static Distribution uniform(List<String> names) {
    double[] w = new double[names.size()];
    Arrays.fill(w, 1);
    return normalized(names, w);
  }

  /** How many outcomes. */
  public int size() {
    return probabilities.length;
  }

  /** p(x) of outcome {@code i}. */
  public double p(int i) {
    return probabilities[i];
  }

  /** The name of outcome {@code i}. */
  public String name(int i) {
    return names.get(i);
  }

  @Override
  public double[] probabilities() {
    return probabilities.clone();
  }

  /**
   * The distribution with outcome {@code i} set to {@code value} and the others scaled so the sum
   * stays 1, keeping their proportions (spread evenly if they were all zero): what dragging one bar
   * does.
   *
   * @throws IllegalArgumentException if {@code value} is not in [0, 1]
   */
  public Distribution withProbability(int i, double value) {
    checkProbability(value);
    double others = 1 - probabilities[i];
    double[] p = new double[size()];
    for (int j = 0; j < p.length; j++) {
      if (j == i) {
        p[j] = value;
      } else if (others > SUM_TOLERANCE) {
        p[j] = probabilities[j] * (1 - value) / others;
      } else {
        p[j] = (1 - value) / (size() - 1);
      }
    }
    return new Distribution(names, fixSum(p));
  }

  private static void checkProbability(double p) {
    if (!Double.isFinite(p) || p < 0 || p > 1) {
      throw new IllegalArgumentException("a probability must be between 0 and 1, not " + p);
    }
  }

  /** Puts the rounding error of a division on the largest entry, so the sum is 1 to the bit. */
  private static double[] fixSum(double[] p) {
    int largest = 0;
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      sum += p[i];
      if (p[i] > p[largest]) {
        largest = i;
      }
    }
    p[largest] = Math.max(0, p[largest] + 1 - sum);
    return p;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Distribution d
        && names.equals(d.names)
        && Arrays.equals(probabilities, d.probabilities);
  }

  @Override
  public int hashCode() {
    return 31 * names.hashCode() + Arrays.hashCode(probabilities);
  }

  @Override
  public String toString() {
    return "Distribution" + names + Arrays.toString(probabilities);
  }
}
