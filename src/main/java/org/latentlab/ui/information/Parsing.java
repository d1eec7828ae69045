package org.latentlab.ui.information;

import java.util.Locale;

/** Reads a number typed into a field, or says in one line why it is not one. */
final class Parsing {
  private Parsing() {}

  /** Thrown with the one line to show next to the field. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  /** The number in {@code text} (commas read as decimal points). */
  static double number(String text, String what) throws BadInput {
    String t = text == null ? "" : text.strip().replace(',', '.');
    if (t.isEmpty()) {
      throw new BadInput(what + " is empty: type a number.");
    }
    try {
      double v = Double.parseDouble(t);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // Said below in the user's words.
    }
    throw new BadInput(String.format(Locale.ROOT, "\"%s\" is not a number (%s).", t, what));
  }

  /** A probability in [0, 1]. */
  static double probability(String text, String what) throws BadInput {
    double v = number(text, what);
    if (v < 0 || v > 1) {
      throw new BadInput(
          String.format(
              Locale.ROOT,
              "%s = %s is not a probability: it must be between 0 and 1.",
              what,
              text.strip()));
    }
    return v;
  }
}
