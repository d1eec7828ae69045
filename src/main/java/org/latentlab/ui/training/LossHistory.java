package org.latentlab.ui.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The losses of a run, per step and per epoch, as a chart shows them. A long run has many thousand
 * steps; they are shown as averages over buckets of 1, 2, 4, … steps so that at most {@link
 * #MAX_POINTS} points are drawn per line.
 */
public final class LossHistory {
  /** Most points per step line. */
  public static final int MAX_POINTS = 300;

  private double[] x = new double[256];
  private double[][] values = {new double[256], new double[256], new double[256]};
  private int n;
  private final List<Point> epochs = new ArrayList<>();

  /**
   * One point of the three loss lines.
   *
   * @param x where it goes: epochs elapsed (a step in epoch e, batch b of B is at e − 1 + b/B)
   * @param total the weighted objective
   * @param reconstruction the reconstruction term
   * @param kl the KL term
   */
  public record Point(double x, double total, double reconstruction, double kl) {}

  /** Records one step's batch means. */
  void addStep(double at, double total, double reconstruction, double kl) {
    if (n == x.length) {
      x = Arrays.copyOf(x, 2 * n);
      for (int i = 0; i < 3; i++) {
        values[i] = Arrays.copyOf(values[i], 2 * n);
      }
    }
    x[n] = at;
    values[0][n] = total;
    values[1][n] = reconstruction;
    values[2][n] = kl;
    n++;
  }

  /** Records one epoch's means, drawn at x = epoch. */
  void addEpoch(int epoch, double total, double reconstruction, double kl) {
    epochs.add(new Point(epoch, total, reconstruction, kl));
  }

  /** Forgets everything (a new run). */
  void clear() {
    n = 0;
    epochs.clear();
  }

  /** Steps recorded. */
  public int steps() {
    return n;
  }

  /** Steps averaged into one displayed point: the smallest power of two that keeps ≤ MAX_POINTS. */
  public int bucket() {
    int b = 1;
    while ((n + b - 1) / b > MAX_POINTS) {
      b *= 2;
    }
    return b;
  }

  /** The step lines, averaged per {@link #bucket()} (the last bucket may be partial). */
  public List<Point> stepPoints() {
    int b = bucket();
    List<Point> out = new ArrayList<>((n + b - 1) / b);
    for (int from = 0; from < n; from += b) {
      int to = Math.min(n, from + b);
      double[] s = new double[4];
      for (int i = from; i < to; i++) {
        s[0] += x[i];
        s[1] += values[0][i];
        s[2] += values[1][i];
        s[3] += values[2][i];
      }
      int k = to - from;
      out.add(new Point(s[0] / k, s[1] / k, s[2] / k, s[3] / k));
    }
    return out;
  }

  /** One point per finished epoch. */
  public List<Point> epochPoints() {
    return List.copyOf(epochs);
  }
}
