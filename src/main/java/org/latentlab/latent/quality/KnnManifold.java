package org.latentlab.latent.quality;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A set of points and, around each, the ball reaching to its k-th nearest other point: the estimate
 * of the manifold a sample of images lies on, as Kynkäänniemi et al. ("Improved Precision and
 * Recall Metric for Assessing Generative Models", NeurIPS 2019) build it. A point lies on the
 * manifold when it is strictly inside at least one ball. Distances are Euclidean in whatever space
 * the points are given (classifier features, pixels); they are computed by matrix products ({@link
 * SquaredDistances}).
 */
public final class KnnManifold {
  private final float[][] points;
  private final int k;
  private final float[] squaredRadii;
  private final SquaredDistances distances;

  private KnnManifold(float[][] points, int k, float[] squaredRadii, SquaredDistances distances) {
    this.points = points;
    this.k = k;
    this.squaredRadii = squaredRadii;
    this.distances = distances;
  }

  /** The balls of {@code points} with radius the distance to each one's k-th nearest neighbour. */
  public static KnnManifold of(float[][] points, int k) {
    if (k < 1 || points.length <= k) {
      throw new IllegalArgumentException(
          "k-NN balls with k = " + k + " need more than " + k + " points, got " + points.length);
    }
    SquaredDistances distances = new SquaredDistances(points);
    float[] radii = new float[points.length];
    distances.forEachRow(points, (i, d2) -> radii[i] = kthSmallestExcept(d2, i, k));
    return new KnnManifold(points, k, radii, distances);
  }

  /** The distance of every point to its k-th nearest other point. */
  public static float[] radii(float[][] points, int k) {
    float[] r = of(points, k).squaredRadii.clone();
    for (int i = 0; i < r.length; i++) {
      r[i] = (float) Math.sqrt(r[i]);
    }
    return r;
  }

  /** The k the balls were built with. */
  public int k() {
    return k;
  }

  /** The dimension of the points. */
  public int dimension() {
    return points[0].length;
  }

  /** How many points (balls) there are. */
  public int size() {
    return points.length;
  }

  /** Whether each of {@code samples} lies strictly inside at least one ball. */
  public boolean[] contains(float[][] samples) {
    boolean[] inside = new boolean[samples.length];
    distances.forEachRow(
        samples,
        (i, d2) -> {
          for (int j = 0; j < d2.length; j++) {
            if (d2[j] < squaredRadii[j]) {
              inside[i] = true;
              return;
            }
          }
        });
    return inside;
  }

  /**
   * Precision, recall, density and coverage of {@code generated} against these (real) points, all
   * from one pass over the real × generated distances.
   */
  public ManifoldScores score(KnnManifold generated) {
    if (generated.k != k) {
      throw new IllegalArgumentException("both manifolds need the same k");
    }
    int m = generated.size();
    AtomicIntegerArray inBalls = new AtomicIntegerArray(m);
    boolean[] covered = new boolean[points.length];
    boolean[] recalled = new boolean[points.length];
    float[] fakeRadii = generated.squaredRadii;
    generated.distances.forEachRow(
        points,
        (i, d2) -> {
          float r = squaredRadii[i];
          for (int j = 0; j < m; j++) {
            if (d2[j] < r) {
              inBalls.incrementAndGet(j);
              covered[i] = true;
            }
            if (d2[j] < fakeRadii[j]) {
              recalled[i] = true;
            }
          }
        });
    int precise = 0;
    long total = 0;
    for (int j = 0; j < m; j++) {
      int c = inBalls.get(j);
      total += c;
      if (c > 0) {
        precise++;
      }
    }
    return new ManifoldScores(
        (double) precise / m,
        fraction(recalled),
        (double) total / ((double) k * m),
        fraction(covered));
  }

  private static double fraction(boolean[] flags) {
    int n = 0;
    for (boolean f : flags) {
      if (f) {
        n++;
      }
    }
    return (double) n / flags.length;
  }

  /** The k-th smallest of {@code d2} leaving out index {@code self}. */
  static float kthSmallestExcept(float[] d2, int self, int k) {
    float[] best = new float[k];
    Arrays.fill(best, Float.POSITIVE_INFINITY);
    for (int j = 0; j < d2.length; j++) {
      float v = d2[j];
      if (j == self || v >= best[k - 1]) {
        continue;
      }
      int at = k - 1;
      while (at > 0 && best[at - 1] > v) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = v;
    }
    return best[k - 1];
  }
}
