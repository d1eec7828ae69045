package org.latentlab.latent.kinds;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The sparsity penalty of a sparse autoencoder, on the activations h of its encoder's last hidden
 * layer (Ng, "Sparse autoencoder", CS294A lecture notes, 2011). The formulas, on tensors, are in
 * {@code org.latentlab.model.Elbo}:
 *
 * <pre>
 *   l1:λ      λ · Σ_j |h_j|                              per image
 *   kl:ρ      Σ_j KL( Bernoulli(ρ) ‖ Bernoulli(ρ̂_j) )    per batch, ρ̂_j = mean over the batch of tanh(h_j)
 * </pre>
 *
 * The KL is the lecture's first part on two outcomes ("the unit fires" or not): it pushes every
 * unit's firing rate toward the small target ρ.
 *
 * @param type L1 or KL
 * @param value λ (L1, positive) or ρ (KL, in (0, 1))
 */
public record Sparsity(Type type, double value) {

  /** The two penalties. */
  public enum Type {
    /** An L1 penalty λ · Σ |h| on the hidden activations. */
    L1("l1"),
    /** The KL of each unit's firing rate from a target ρ. */
    KL("kl");

    private final String id;

    Type(String id) {
      this.id = id;
    }

    /** The name in a spec ("l1", "kl"). */
    public String id() {
      return id;
    }
  }

  private static final String FORM = "; use l1:LAMBDA (LAMBDA > 0) or kl:RHO (RHO in (0, 1))";

  /** Checks the value. */
  public Sparsity {
    if (type == null) {
      throw new IllegalArgumentException("the kind of sparsity penalty is missing");
    }
    if (type == Type.L1 && !(value > 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException("L1 weight must be positive, got " + format(value));
    }
    if (type == Type.KL && !(value > 0 && value < 1)) {
      throw new IllegalArgumentException("sparsity target must be in (0, 1), got " + format(value));
    }
  }

  /**
   * Parses {@code l1:1e-4} or {@code kl:0.05}.
   *
   * @throws IllegalArgumentException in one line, naming what is wrong and the accepted form
   */
  public static Sparsity parse(String spec) {
    String s = spec == null ? "" : spec.trim().toLowerCase(Locale.ROOT);
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("sparsity '" + spec + "' has no value" + FORM);
    }
    String name = s.substring(0, colon);
    for (Type t : Type.values()) {
      if (t.id.equals(name)) {
        return new Sparsity(t, number(s.substring(colon + 1), "sparsity", spec, FORM));
      }
    }
    throw new IllegalArgumentException("sparsity '" + spec + "' is not a penalty" + FORM);
  }

  /** The canonical spec ("kl:0.05", "l1:0.0001"). */
  public String spec() {
    return type.id + ":" + format(value);
  }

  @Override
  public String toString() {
    return spec();
  }

  static double number(String text, String what, String spec, String form) {
    try {
      double v = Double.parseDouble(text.trim());
      if (!text.isBlank() && Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // said below, in the user's words
    }
    throw new IllegalArgumentException(
        what + " '" + spec + "': '" + text + "' is not a number" + form);
  }

  /** A number as a user wrote it: 0.5, 1E-4 as 0.0001. */
  static String format(double v) {
    return Double.isFinite(v)
        ? new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString()
        : Double.toString(v);
  }
}
