package org.latentlab.latent;

/**
 * Paths between two latent codes. Linear interpolation walks the straight segment; spherical
 * interpolation (slerp) walks the great-circle arc, which keeps intermediate codes at a typical
 * distance from the origin under a Gaussian prior instead of cutting through its low-norm centre
 * (White, "Sampling Generative Networks", 2016).
 */
public final class Interpolation {

  /** How to walk from one code to the other. */
  public enum Mode {
    /** (1 − t) a + t b. */
    LINEAR,
    /** sin((1 − t)Ω)/sin Ω · a + sin(tΩ)/sin Ω · b, Ω the angle between a and b. */
    SPHERICAL
  }

  private Interpolation() {}

  /** The point at {@code t} ∈ [0, 1] on the straight segment from {@code a} to {@code b}. */
  public static float[] lerp(float[] a, float[] b, double t) {
    checkSizes(a, b);
    float[] out = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (float) ((1 - t) * a[i] + t * b[i]);
    }
    return out;
  }

  /**
   * The point at {@code t} on the arc from {@code a} to {@code b}; falls back to {@link #lerp}
   * where the angle is undefined or degenerate (a zero code, parallel or opposite codes).
   */
  public static float[] slerp(float[] a, float[] b, double t) {
    checkSizes(a, b);
    double na = 0;
    double nb = 0;
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
      dot += (double) a[i] * b[i];
    }
    if (na == 0 || nb == 0) {
      return lerp(a, b, t);
    }
    double cos = Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb)));
    double omega = Math.acos(cos);
    double sin = Math.sin(omega);
    if (sin < 1e-6) {
      return lerp(a, b, t);
    }
    double wa = Math.sin((1 - t) * omega) / sin;
    double wb = Math.sin(t * omega) / sin;
    float[] out = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (float) (wa * a[i] + wb * b[i]);
    }
    return out;
  }

  /** The point at {@code t} in the given mode. */
  public static float[] at(Mode mode, float[] a, float[] b, double t) {
    return mode == Mode.SPHERICAL ? slerp(a, b, t) : lerp(a, b, t);
  }

  /** {@code n} ≥ 2 evenly spaced points from {@code a} to {@code b}, both ends included. */
  public static float[][] path(Mode mode, float[] a, float[] b, int n) {
    if (n < 2) {
      throw new IllegalArgumentException("a path needs at least 2 points, not " + n);
    }
    float[][] out = new float[n][];
    for (int i = 0; i < n; i++) {
      out[i] = at(mode, a, b, i / (double) (n - 1));
    }
    return out;
  }

  private static void checkSizes(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("codes differ in size: " + a.length + " vs " + b.length);
    }
  }
}
