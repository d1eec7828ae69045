package org.latentlab.ui.information;

import java.util.Locale;
import org.latentlab.latent.info.Units;

/** How amounts of information and probabilities are written on the tab. */
final class Amounts {
  static final String INFINITY = "\u221e";

  private Amounts() {}

  /** "1.000 bits", "0.693 nats" or "∞ bits". */
  static String format(double nats, Units units) {
    return number(units.fromNats(nats)) + " " + units.symbol();
  }

  /** Three decimals, or ∞. */
  static String number(double value) {
    if (value == Double.POSITIVE_INFINITY) {
      return INFINITY;
    }
    // Never print "−0.000" for a rounding error below zero.
    return String.format(Locale.ROOT, "%.3f", Math.abs(value) < 5e-4 ? 0.0 : value);
  }

  /** A probability as typed back into its field. */
  static String probability(double p) {
    return String.format(Locale.ROOT, "%.3f", p);
  }
}
