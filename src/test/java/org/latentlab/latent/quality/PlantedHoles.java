package org.latentlab.latent.quality;

import java.util.Random;

/**
 * A synthetic world whose holes are known. Images have {@value #CLASSES} "pixels", and the
 * classifier reads an image as class scores: it returns the pixels divided by their sum. A clean
 * prototype of class k is the one-hot image of k (confidence 1); the "noise" image is flat
 * (confidence exactly 1/{@value #CLASSES}, label 0).
 */
public final class PlantedHoles {
  static final int CLASSES = 10;

  private PlantedHoles() {}

  /** Reads images as class scores. */
  static final Classifier CLASSIFIER =
      images -> {
        float[][] out = new float[images.length][];
        for (int i = 0; i < images.length; i++) {
          double sum = 0;
          for (float v : images[i]) {
            sum += v;
          }
          out[i] = new float[images[i].length];
          for (int k = 0; k < out[i].length; k++) {
            out[i][k] = (float) (images[i][k] / sum);
          }
        }
        return out;
      };

  static float[] prototype(int cls) {
    float[] img = new float[CLASSES];
    img[cls] = 1;
    return img;
  }

  static float[] noise() {
    float[] img = new float[CLASSES];
    java.util.Arrays.fill(img, 0.1f);
    return img;
  }

  /**
   * The class a clean decode of z shows: by the angle of (z0, z1) around the origin, 10 sectors.
   */
  static int sector(float[] z) {
    double angle = Math.atan2(z.length > 1 ? z[1] : 0, z[0]) + Math.PI;
    return Math.min(CLASSES - 1, (int) (angle / (2 * Math.PI) * CLASSES));
  }

  /** Noise inside the ball of radius r around {@code centre}, clean prototypes elsewhere. */
  static Decoder holeAt(float[] centre, double r) {
    return codes -> {
      float[][] out = new float[codes.length][];
      for (int i = 0; i < codes.length; i++) {
        double d2 = 0;
        for (int k = 0; k < centre.length; k++) {
          d2 += (codes[i][k] - centre[k]) * (codes[i][k] - centre[k]);
        }
        out[i] = d2 < r * r ? noise() : prototype(sector(codes[i]));
      }
      return out;
    };
  }

  /** Noise inside the ellipse (z − c)ᵀ Σ⁻¹ (z − c) < r² of a 2-D covariance Σ. */
  static Decoder holeInEllipse(float[] c, double[][] sigma, double r) {
    double det = sigma[0][0] * sigma[1][1] - sigma[0][1] * sigma[1][0];
    double a = sigma[1][1] / det;
    double b = -sigma[0][1] / det;
    double d = sigma[0][0] / det;
    return codes -> {
      float[][] out = new float[codes.length][];
      for (int i = 0; i < codes.length; i++) {
        double x = codes[i][0] - c[0];
        double y = codes[i][1] - c[1];
        double m = a * x * x + 2 * b * x * y + d * y * y;
        out[i] = m < r * r ? noise() : prototype(sector(codes[i]));
      }
      return out;
    };
  }

  /**
   * Codes drawn from N(mean, Σ) for a 2-D Σ given by its Cholesky factor [[l00, 0], [l10, l11]].
   */
  public static float[][] gaussianCodes(
      int n, float[] mean, double l00, double l10, double l11, long seed) {
    Random random = new Random(seed);
    float[][] codes = new float[n][];
    for (int i = 0; i < n; i++) {
      double e0 = random.nextGaussian();
      double e1 = random.nextGaussian();
      codes[i] =
          new float[] {(float) (mean[0] + l00 * e0), (float) (mean[1] + l10 * e0 + l11 * e1)};
    }
    return codes;
  }

  /** Codes spread uniformly over the square [−h, h]². */
  static float[][] uniformCodes(int n, double h, long seed) {
    Random random = new Random(seed);
    float[][] codes = new float[n][];
    for (int i = 0; i < n; i++) {
      codes[i] =
          new float[] {
            (float) ((2 * random.nextDouble() - 1) * h), (float) ((2 * random.nextDouble() - 1) * h)
          };
    }
    return codes;
  }

  /** A subject that decodes with {@code decoder} and reports loss 0 for every image. */
  static LatentQuality.Subject subject(boolean variational, Decoder decoder) {
    return new LatentQuality.Subject(
        variational ? "planted VAE" : "planted AE",
        variational,
        decoder,
        images -> new float[images.length]);
  }
}
