package org.latentlab.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten, and labels with just enough digits.
 */
public final class Ticks {
  private Ticks() {}

  /** The step between about {@code target} ticks over [min, max]. */
  public static double step(double min, double max, int target) {
    double raw = (max - min) / Math.max(1, target);
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double norm = raw / magnitude;
    double nice = norm < 1.5 ? 1 : norm < 3.5 ? 2 : norm < 7.5 ? 5 : 10;
    return nice * magnitude;
  }

  /** Tick values in [min, max], multiples of {@link #step}. */
  public static double[] of(double min, double max, int target) {
    double step = step(min, max, target);
    List<Double> ticks = new ArrayList<>();
    for (long k = (long) Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) {
      ticks.add(k * step);
    }
    return ticks.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A label for tick {@code value} on an axis with spacing {@code step} ("-0" becomes "0"). */
  public static String format(double value, double step) {
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }
}
