package org.latentlab.latent.quality;

import java.util.Random;
import org.latentlab.latent.Interpolation;

/**
 * Continuity, the lecture's "points close in latent space decode to similar content", measured on
 * straight paths between the codes of random pairs of images. Each path takes {@code steps} equal
 * latent steps (steps + 1 codes, both ends included); its decodes are compared one to the next:
 *
 * <ul>
 *   <li><b>step ratio</b>: the largest pixel-space step ‖x̂ₖ₊₁ − x̂ₖ‖₂ divided by the mean step.
 *       1.0 means the image changes evenly along the path; a path that jumps in one step scores up
 *       to {@code steps}. A path whose decodes never change counts as perfectly even (1.0).
 *   <li><b>label changes</b>: how often the classifier's label changes from one decode to the next.
 *       A path between two classes needs at least one change; more mean it crosses other classes or
 *       holes on the way.
 * </ul>
 *
 * Both are averaged over the pairs.
 */
public final class Continuity {
  private Continuity() {}

  /**
   * The averages and each pair's values.
   *
   * @param stepRatio the mean step ratio over pairs
   * @param labelChanges the mean number of label changes per path
   * @param ratios each pair's step ratio, in pair order
   * @param changes each pair's label changes, in pair order
   */
  public record Result(double stepRatio, double labelChanges, double[] ratios, int[] changes) {}

  /**
   * The random pairs of distinct indices in [0, n) that {@link #measure} walks: the same for the
   * same seed.
   *
   * @return {@code count} pairs {i, j} with i ≠ j
   */
  public static int[][] pairs(int n, int count, long seed) {
    if (n < 2) {
      throw new IllegalArgumentException("pairs need at least 2 codes, not " + n);
    }
    Random random = new Random(seed);
    int[][] out = new int[count][];
    for (int k = 0; k < count; k++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n - 1);
      out[k] = new int[] {i, j >= i ? j + 1 : j};
    }
    return out;
  }

  /**
   * Walks {@code count} random pairs of {@code codes} in {@code steps} equal steps each.
   *
   * @param batch the most codes decoded in one call
   */
  public static Result measure(
      float[][] codes,
      int count,
      int steps,
      long seed,
      Decoder decoder,
      Classifier classifier,
      int batch) {
    if (steps < 1) {
      throw new IllegalArgumentException("a path needs at least one step");
    }
    int[][] pairs = pairs(codes.length, count, seed);
    int points = steps + 1;
    int pairsPerCall = Math.max(1, batch / points);
    double[] ratios = new double[count];
    int[] changes = new int[count];
    for (int from = 0; from < count; from += pairsPerCall) {
      int to = Math.min(count, from + pairsPerCall);
      float[][] path = new float[(to - from) * points][];
      for (int p = from; p < to; p++) {
        float[][] walk =
            Interpolation.path(
                Interpolation.Mode.LINEAR, codes[pairs[p][0]], codes[pairs[p][1]], points);
        System.arraycopy(walk, 0, path, (p - from) * points, points);
      }
      float[][] images = decoder.decode(path);
      float[][] probabilities = classifier.classify(images);
      for (int p = from; p < to; p++) {
        int base = (p - from) * points;
        ratios[p] = stepRatio(images, base, points);
        changes[p] = labelChanges(probabilities, base, points);
      }
    }
    double ratioSum = 0;
    double changeSum = 0;
    for (int p = 0; p < count; p++) {
      ratioSum += ratios[p];
      changeSum += changes[p];
    }
    return new Result(ratioSum / count, changeSum / count, ratios, changes);
  }

  /** Largest over mean Euclidean distance between consecutive images; 1 if none moves. */
  static double stepRatio(float[][] images, int from, int points) {
    double max = 0;
    double sum = 0;
    for (int k = from; k < from + points - 1; k++) {
      double s = 0;
      for (int p = 0; p < images[k].length; p++) {
        double d = images[k + 1][p] - images[k][p];
        s += d * d;
      }
      double step = Math.sqrt(s);
      max = Math.max(max, step);
      sum += step;
    }
    double mean = sum / (points - 1);
    return mean > 0 ? max / mean : 1.0;
  }

  private static int labelChanges(float[][] probabilities, int from, int points) {
    int changes = 0;
    for (int k = from; k < from + points - 1; k++) {
      if (Classifier.label(probabilities[k]) != Classifier.label(probabilities[k + 1])) {
        changes++;
      }
    }
    return changes;
  }
}
