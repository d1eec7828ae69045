package org.latentlab.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The tab a scene shows, by the name a lesson file uses. */
public enum SceneTab {
  /** The two latent planes, the strips and the hole map. */
  LATENT,
  /** The manifold grids. */
  GRID,
  /** Inside the VAE: μ, σ, z = μ + σ ⊙ ε and the ELBO's terms. */
  INSIDE,
  /** The drawing pad: a digit drawn by hand, read by both models. */
  DRAW,
  /** The lecture's other autoencoders: denoising (noisy in, clean out) and sparse codes. */
  AUTOENCODERS,
  /** Training and its replay. */
  TRAIN,
  /** Entropy, cross-entropy and KL divergence. */
  INFORMATION;

  /** The name in a lesson file ("latent", "grid", …). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The tab named {@code id}, or an exception listing the names there are. */
  public static SceneTab parse(String id) {
    for (SceneTab t : values()) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("'" + id + "' is not a tab; use one of " + ids());
  }

  static String ids() {
    return Arrays.stream(values()).map(SceneTab::id).collect(Collectors.joining(", "));
  }
}
