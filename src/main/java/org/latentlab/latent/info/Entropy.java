package org.latentlab.latent.info;

/**
 * Information content, entropy, cross-entropy and KL divergence of discrete distributions, in nats,
 * as the lecture states them (Shannon 1948; Cover and Thomas, "Elements of Information Theory", ch.
 * 2):
 *
 * <pre>
 *   I(x)     = −log p(x)                       the surprise of one outcome
 *   H(p)     = −Σ_x p(x) log p(x)              the shortest average message
 *   H(p, q)  = −Σ_x p(x) log q(x)              the average message with a code made for q
 *   KL(p‖q)  =  Σ_x p(x) log(p(x) / q(x))  =  H(p, q) − H(p)
 * </pre>
 *
 * <p>An outcome with p(x) = 0 adds nothing (0 log 0 = 0, the limit). An outcome with p(x) &gt; 0
 * but q(x) = 0 makes H(p, q) and KL(p ‖ q) infinite: a code made for q has no message for it. No
 * result is ever NaN.
 */
public final class Entropy {
  private Entropy() {}

  /** I(x) = −log p(x); ∞ for p(x) = 0 (an impossible event would be infinitely surprising). */
  public static double informationContent(double p) {
    // 0 − log p, not −log p: a certain event has +0 information, never a printed "−0".
    return p == 0 ? Double.POSITIVE_INFINITY : 0 - Math.log(p);
  }

  /** H(p) = −Σ p log p. */
  public static double entropy(Distribution p) {
    return crossEntropy(p, p);
  }

  /** H(p, q) = −Σ p log q; ∞ when q(x) = 0 for some x with p(x) &gt; 0. */
  public static double crossEntropy(Distribution p, Distribution q) {
    checkSameOutcomes(p, q);
    double h = 0;
    for (int i = 0; i < p.size(); i++) {
      if (p.p(i) > 0) {
        h += p.p(i) * informationContent(q.p(i));
      }
    }
    return h;
  }

  /**
   * KL(p ‖ q) = Σ p log(p / q), never negative; 0 exactly when p = q; ∞ when q(x) = 0 for some x
   * with p(x) &gt; 0.
   */
  public static double kl(Distribution p, Distribution q) {
    checkSameOutcomes(p, q);
    double d = 0;
    for (int i = 0; i < p.size(); i++) {
      if (p.p(i) > 0) {
        if (q.p(i) == 0) {
          return Double.POSITIVE_INFINITY;
        }
        d += p.p(i) * Math.log(p.p(i) / q.p(i));
      }
    }
    // Each term can be negative; rounding must not make the sum so.
    return Math.max(0, d);
  }

  /**
   * The first outcome that p gives a chance but q rules out (what makes KL(p ‖ q) infinite), or −1
   * if there is none.
   */
  public static int firstUnsupported(Distribution p, Distribution q) {
    checkSameOutcomes(p, q);
    for (int i = 0; i < p.size(); i++) {
      if (p.p(i) > 0 && q.p(i) == 0) {
        return i;
      }
    }
    return -1;
  }

  private static void checkSameOutcomes(Distribution p, Distribution q) {
    if (p.size() != q.size()) {
      throw new IllegalArgumentException("p has " + p.size() + " outcomes but q has " + q.size());
    }
  }
}
