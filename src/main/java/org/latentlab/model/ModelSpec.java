package org.latentlab.model;

import java.util.List;

/**
 * The architecture of an autoencoder: an MLP encoder {@code pixels → hidden[0] → … → latent} (two
 * heads μ and log σ² for a VAE) and a decoder mirroring it back to {@code pixels}.
 *
 * @param kind AE or VAE
 * @param rows image height
 * @param cols image width
 * @param hidden encoder hidden layer sizes, widest first (the decoder uses them reversed)
 * @param latentDim the size of a latent code
 */
public record ModelSpec(ModelKind kind, int rows, int cols, List<Integer> hidden, int latentDim) {
  /** The default hidden sizes: 512 and 256, as in the lecture's MNIST example. */
  static final List<Integer> DEFAULT_HIDDEN = List.of(512, 256);

  /** The largest latent dimension accepted (beyond it a "latent plane" means little). */
  static final int MAX_LATENT = 512;

  /** Checks every size, so that a spec that exists can be built. */
  public ModelSpec {
    if (kind == null) {
      throw new IllegalArgumentException("model kind is missing");
    }
    if (rows <= 0 || cols <= 0 || (long) rows * cols > 1 << 20) {
      throw new IllegalArgumentException("image size " + rows + "x" + cols + " is not usable");
    }
    if (hidden == null || hidden.isEmpty()) {
      throw new IllegalArgumentException("at least one hidden layer size is needed");
    }
    hidden = List.copyOf(hidden);
    for (int h : hidden) {
      if (h <= 0 || h > 1 << 16) {
        throw new IllegalArgumentException("hidden layer size " + h + " is outside 1..65536");
      }
    }
    if (latentDim <= 0 || latentDim > MAX_LATENT) {
      throw new IllegalArgumentException(
          "latent dimension " + latentDim + " is outside 1.." + MAX_LATENT);
    }
  }

  /** The default architecture for 28×28 images: hidden 512, 256 and a 2-D latent space. */
  public static ModelSpec defaults(ModelKind kind) {
    return new ModelSpec(kind, 28, 28, DEFAULT_HIDDEN, 2);
  }

  /** Pixels per image. */
  public int pixels() {
    return rows * cols;
  }

  /** The number of trainable parameters this architecture has. */
  public long parameterCount() {
    long n = 0;
    int in = pixels();
    for (int h : hidden) {
      n += (long) in * h + h;
      in = h;
    }
    int heads = kind == ModelKind.VAE ? 2 : 1;
    n += heads * ((long) in * latentDim + latentDim);
    in = latentDim;
    for (int i = hidden.size() - 1; i >= 0; i--) {
      n += (long) in * hidden.get(i) + hidden.get(i);
      in = hidden.get(i);
    }
    n += (long) in * pixels() + pixels();
    return n;
  }
}
