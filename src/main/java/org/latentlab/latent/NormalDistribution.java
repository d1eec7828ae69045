package org.latentlab.latent;

/**
 * The standard normal distribution N(0, 1): its CDF Φ and the inverse Φ⁻¹, which maps evenly spaced
 * probabilities to latent values that are evenly spaced in prior mass (Kingma and Welling,
 * "Auto-Encoding Variational Bayes", 2014, Fig. 4).
 */
public final class NormalDistribution {
  // Acklam's rational approximations for the inverse normal CDF (relative error < 1.15e-9).
  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };
  private static final double P_LOW = 0.02425;

  private NormalDistribution() {}

  /**
   * Φ⁻¹(p): the value below which N(0, 1) has probability {@code p} (P. J. Acklam's algorithm,
   * refined by one Halley step against {@link #cdf}).
   *
   * @param p a probability in (0, 1); 0 and 1 give ∓∞
   */
  public static double inverseCdf(double p) {
    if (Double.isNaN(p) || p < 0 || p > 1) {
      throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
    }
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double x;
    if (p < P_LOW) {
      double q = Math.sqrt(-2 * Math.log(p));
      x =
          (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    } else if (p <= 1 - P_LOW) {
      double q = p - 0.5;
      double r = q * q;
      x =
          (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
              * q
              / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    } else {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      x =
          -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    // One step of Halley's method brings the result to full double precision where cdf is exact.
    double e = cdf(x) - p;
    double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
    return x - u / (1 + x * u / 2);
  }

  /** Φ(x) = ½ erfc(−x/√2). */
  public static double cdf(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2));
  }

  /**
   * The complementary error function, by W. J. Cody's rational Chebyshev approximations (relative
   * error about 1e-16), as in his 1969 paper and the SPECFUN routine CALERF.
   */
  static double erfc(double x) {
    double ax = Math.abs(x);
    double result;
    if (ax <= 0.46875) {
      return 1 - erfSmall(x);
    } else if (ax < 4) {
      result = Math.exp(-ax * ax) * middle(ax);
    } else {
      result = Math.exp(-ax * ax) / ax * tail(ax);
    }
    return x < 0 ? 2 - result : result;
  }

  private static double erfSmall(double x) {
    final double[] a = {
      3.16112374387056560e00,
      1.13864154151050156e02,
      3.77485237685302021e02,
      3.20937758913846947e03,
      1.85777706184603153e-1
    };
    final double[] b = {
      2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03, 2.84423683343917062e03
    };
    double z = x * x;
    double num = a[4] * z;
    double den = z;
    for (int i = 0; i < 3; i++) {
      num = (num + a[i]) * z;
      den = (den + b[i]) * z;
    }
    return x * (num + a[3]) / (den + b[3]);
  }

  private static double middle(double y) {
    final double[] c = {
      5.64188496988670089e-1,
      8.88314979438837594e00,
      6.61191906371416295e01,
      2.98635138197400131e02,
      8.81952221241769090e02,
      1.71204761263407058e03,
      2.05107837782607147e03,
      1.23033935479799725e03,
      2.15311535474403846e-8
    };
    final double[] d = {
      1.57449261107098347e01,
      1.17693950891312499e02,
      5.37181101862009858e02,
      1.62138957456669019e03,
      3.29079923573345963e03,
      4.36261909014324716e03,
      3.43936767414372164e03,
      1.23033935480374942e03
    };
    double num = c[8] * y;
    double den = y;
    for (int i = 0; i < 7; i++) {
      num = (num + c[i]) * y;
      den = (den + d[i]) * y;
    }
    return (num + c[7]) / (den + d[7]);
  }

  private static double tail(double y) {
    final double[] p = {
      3.05326634961232344e-1,
      3.60344899949804439e-1,
      1.25781726111229246e-1,
      1.60837851487422766e-2,
      6.58749161529837803e-4,
      1.63153871373020978e-2
    };
    final double[] q = {
      2.56852019228982242e00,
      1.87295284992346725e00,
      5.27905102951428412e-1,
      6.05183413124413191e-2,
      2.33520497626869185e-3
    };
    double z = 1 / (y * y);
    double num = p[5] * z;
    double den = z;
    for (int i = 0; i < 4; i++) {
      num = (num + p[i]) * z;
      den = (den + q[i]) * z;
    }
    double r = z * (num + p[4]) / (den + q[4]);
    return (1 / Math.sqrt(Math.PI) - r);
  }
}
