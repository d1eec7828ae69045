package org.latentlab.model;

import java.util.Locale;

/** The two kinds of model LatentLab compares. */
public enum ModelKind {
  /** A plain autoencoder: a deterministic code z = f(x). */
  AE,
  /**
   * A variational autoencoder: a Gaussian posterior q(z|x) = N(μ, σ²) regularized toward N(0, I).
   */
  VAE;

  /** The lower-case name used in files and on the command line ("ae", "vae"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses "ae" or "vae" (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  static ModelKind parse(String s) {
    for (ModelKind k : values()) {
      if (k.id().equalsIgnoreCase(s == null ? "" : s.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown model kind '" + s + "' (expected 'ae' or 'vae')");
  }
}
