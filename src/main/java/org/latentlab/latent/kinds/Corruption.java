package org.latentlab.latent.kinds;

import java.util.Locale;
import java.util.Random;

/**
 * How a denoising autoencoder corrupts an image before encoding it (Vincent et al., "Extracting and
 * Composing Robust Features with Denoising Autoencoders", ICML 2008). The network sees x̃ = c(x)
 * and is trained to reconstruct the clean x. Pixels are in [0, 1] and stay there:
 *
 * <pre>
 *   gaussian:s      x̃_i = clip(x_i + s·ε_i, 0, 1),  ε_i ~ N(0, 1)
 *   masking:p       x̃_i = 0 with probability p, else x_i
 *   salt-pepper:p   x̃_i = 0 or 1 (even odds) with probability p, else x_i
 * </pre>
 *
 * This is the one implementation: training, {@code eval} and the window all corrupt through it.
 *
 * @param type the kind of noise
 * @param level the noise level in [0, 1]: σ for Gaussian noise, the probability of a pixel being
 *     hit for the others
 */
public record Corruption(Type type, double level) {

  /** The kinds of noise, with their names on the command line and in model files. */
  public enum Type {
    /** Additive Gaussian noise with standard deviation {@code level}, clipped to [0, 1]. */
    GAUSSIAN("gaussian"),
    /** Each pixel set to 0 with probability {@code level}. */
    MASKING("masking"),
    /** Each pixel set to 0 or 1 with probability {@code level}. */
    SALT_PEPPER("salt-pepper");

    private final String id;

    Type(String id) {
      this.id = id;
    }

    /** The name in a spec ("gaussian", "masking", "salt-pepper"). */
    public String id() {
      return id;
    }
  }

  /** Checks the level. */
  public Corruption {
    if (type == null) {
      throw new IllegalArgumentException("the kind of noise is missing");
    }
    if (!(level >= 0 && level <= 1)) {
      throw new IllegalArgumentException(
          "noise level must be in [0, 1], got " + Sparsity.format(level));
    }
  }

  /**
   * Parses a spec such as {@code gaussian:0.5}, {@code masking:0.3} or {@code salt-pepper:0.2}.
   *
   * @throws IllegalArgumentException in one line, naming what is wrong and the accepted form
   */
  public static Corruption parse(String spec) {
    String s = spec == null ? "" : spec.trim().toLowerCase(Locale.ROOT);
    int colon = s.indexOf(':');
    String form = "; use gaussian:S, masking:P or salt-pepper:P with a level in [0, 1]";
    if (colon < 0) {
      throw new IllegalArgumentException("noise '" + spec + "' has no level" + form);
    }
    String name = s.substring(0, colon);
    for (Type t : Type.values()) {
      if (t.id.equals(name)) {
        return new Corruption(t, Sparsity.number(s.substring(colon + 1), "noise", spec, form));
      }
    }
    throw new IllegalArgumentException("noise '" + spec + "' is not a kind of noise" + form);
  }

  /** The same noise at another level. */
  public Corruption withLevel(double newLevel) {
    return new Corruption(type, newLevel);
  }

  /** The spec this was parsed from, in canonical form ("gaussian:0.5"). */
  public String spec() {
    return type.id + ":" + Sparsity.format(level);
  }

  @Override
  public String toString() {
    return spec();
  }

  /** A corrupted copy of {@code image}, drawn from {@code random}. */
  public float[] apply(float[] image, Random random) {
    float[] out = new float[image.length];
    apply(image, 0, out, 0, image.length, random);
    return out;
  }

  /**
   * Writes the corruption of {@code src[from..from+n)} into {@code dst[to..to+n)}.
   *
   * @param random the noise's source; the same seed gives the same noisy image
   */
  public void apply(float[] src, int from, float[] dst, int to, int n, Random random) {
    float p = (float) level;
    for (int i = 0; i < n; i++) {
      float x = src[from + i];
      dst[to + i] =
          switch (type) {
            case GAUSSIAN -> Math.min(1f, Math.max(0f, x + p * (float) random.nextGaussian()));
            case MASKING -> random.nextFloat() < p ? 0f : x;
            case SALT_PEPPER -> random.nextFloat() < p ? (random.nextBoolean() ? 1f : 0f) : x;
          };
    }
  }
}
