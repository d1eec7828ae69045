package org.latentlab.latent.info;

import java.util.function.DoubleUnaryOperator;

/** Numeric integration on a line, for the integrals the closed forms are checked against. */
final class Integrals {
  private Integrals() {}

  /**
   * ∫_a^b f(x) dx by the composite Simpson rule on {@code intervals} (made even) equal intervals;
   * its error falls as the fourth power of the interval width for smooth f.
   */
  static double simpson(DoubleUnaryOperator f, double a, double b, int intervals) {
    int n = intervals + (intervals % 2);
    double h = (b - a) / n;
    double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
    for (int i = 1; i < n; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
    }
    return sum * h / 3;
  }
}
