package org.latentlab.latent;

/**
 * The span of one latent dimension, e.g. a slider's range.
 *
 * @param min lower end
 * @param max upper end, greater than {@code min}
 */
public record DimensionRange(double min, double max) {

  /** Rejects empty or non-finite ranges. */
  public DimensionRange {
    if (!(Double.isFinite(min) && Double.isFinite(max) && max > min)) {
      throw new IllegalArgumentException("range must be finite and non-empty: " + min + ".." + max);
    }
  }

  /** The smallest range holding this one and {@code value}. */
  public DimensionRange including(double value) {
    return new DimensionRange(Math.min(min, value), Math.max(max, value));
  }

  /** The smallest range holding both. */
  public DimensionRange union(DimensionRange other) {
    return new DimensionRange(Math.min(min, other.min), Math.max(max, other.max));
  }

  /**
   * The range of each dimension over the codes (a dimension where all codes agree gets ±0.5 around
   * that value).
   */
  public static DimensionRange[] ofCodes(float[][] codes, int dim) {
    DimensionRange[] out = new DimensionRange[dim];
    for (int d = 0; d < dim; d++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (float[] c : codes) {
        lo = Math.min(lo, c[d]);
        hi = Math.max(hi, c[d]);
      }
      if (!(hi > lo)) {
        double mid = Double.isFinite(lo) ? lo : 0;
        lo = mid - 0.5;
        hi = mid + 0.5;
      }
      out[d] = new DimensionRange(lo, hi);
    }
    return out;
  }

  /**
   * Each range widened to at least ±{@code sigmas} — where a VAE's prior N(0, I) puts almost all of
   * its mass (±3 covers 99.7% per dimension).
   */
  public static DimensionRange[] withPrior(DimensionRange[] ranges, double sigmas) {
    DimensionRange prior = new DimensionRange(-sigmas, sigmas);
    DimensionRange[] out = new DimensionRange[ranges.length];
    for (int i = 0; i < ranges.length; i++) {
      out[i] = ranges[i].union(prior);
    }
    return out;
  }
}
