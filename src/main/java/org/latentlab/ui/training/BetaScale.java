package org.latentlab.ui.training;

import java.util.Locale;

/**
 * The β slider: logarithmic from 0.001 to 10 (ten steps per decade), with position 0 as an explicit
 * β = 0, "no regularizer". Positions 1, 2, 3, 4 are β = 0.01, 0.1, 1, 10.
 */
public final class BetaScale {
  /** The leftmost position: β = 0. */
  public static final double MIN = 0;

  /** The rightmost position: β = 10. */
  public static final double MAX = 4;

  /** Positions below this count as the β = 0 stop. */
  private static final double ZERO_STOP = 0.05;

  private BetaScale() {}

  /** β at slider position {@code p}. */
  public static double beta(double p) {
    if (p < ZERO_STOP) {
      return 0;
    }
    return Math.pow(10, Math.min(MAX, p) - 3);
  }

  /** The slider position showing {@code beta} (values beyond the ends are clamped). */
  public static double position(double beta) {
    if (!(beta > 0)) {
      return MIN;
    }
    return Math.max(0.1, Math.min(MAX, Math.log10(beta) + 3));
  }

  /** β as a lecturer reads it: "0 (no regularizer)", "0.25", "1", "10". */
  public static String describe(double beta) {
    if (beta == 0) {
      return "0 (no regularizer)";
    }
    if (beta >= 1) {
      return trim(String.format(Locale.ROOT, "%.2f", beta));
    }
    return trim(String.format(Locale.ROOT, "%.3g", beta));
  }

  /** The tick label at position {@code p}: 0, 0.01, 0.1, 1, 10. */
  public static String tickLabel(double p) {
    return p < ZERO_STOP ? "0" : trim(String.format(Locale.ROOT, "%.3f", beta(p)));
  }

  private static String trim(String s) {
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
