package org.latentlab.model;

import java.util.Locale;

/**
 * The kinds of autoencoder LatentLab trains: the AE and the VAE it compares, and the lecture's
 * other two, which share the AE's network (losses in {@link Elbo}).
 */
public enum ModelKind {
  /** A plain autoencoder: a deterministic code z = f(x). */
  AE,
  /**
   * A variational autoencoder: a Gaussian posterior q(z|x) = N(μ, σ²) regularized toward N(0, I).
   */
  VAE,
  /** A denoising autoencoder: the AE's network, trained to reconstruct x from a corrupted x̃. */
  DAE,
  /** A sparse autoencoder: the AE's network, with a sparsity penalty on its hidden activations. */
  SAE;

  /** The lower-case name used in files and on the command line ("ae", "vae", "dae", "sae"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name in words: "autoencoder (AE)", "denoising autoencoder (DAE)", … */
  public String title() {
    return switch (this) {
          case AE -> "autoencoder";
          case VAE -> "variational autoencoder";
          case DAE -> "denoising autoencoder";
          case SAE -> "sparse autoencoder";
        }
        + " ("
        + name()
        + ")";
  }

  /**
   * Parses "ae", "vae", "dae" or "sae" (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  static ModelKind parse(String s) {
    for (ModelKind k : values()) {
      if (k.id().equalsIgnoreCase(s == null ? "" : s.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown model kind '" + s + "' (expected 'ae', 'vae', 'dae' or 'sae')");
  }
}
