package org.latentlab.testing;

import java.util.List;
import org.latentlab.inference.classifier.ClassifierInfo;
import org.latentlab.inference.classifier.ImageClassifier;

/**
 * An analytic stand-in for a trained classifier, made for {@link FakeLatentModel}'s blobs: the
 * label is the quadrant of the image the blob's centre of brightness lies in, and the confidence
 * falls with the share of the blob that fell off the image. Codes far from the middle of the fake
 * planes therefore decode to "holes".
 */
public final class FakeClassifier implements ImageClassifier {
  /** The brightness of a whole blob inside the image (σ = 2.3, peak 0.97). */
  private static final double FULL = 2 * Math.PI * 2.3 * 2.3 * 0.97;

  private final ClassifierInfo info =
      new ClassifierInfo(
          "Fake classifier",
          "fake",
          28,
          28,
          "fake",
          List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
  private volatile boolean closed;
  volatile int calls;

  @Override
  public ClassifierInfo info() {
    return info;
  }

  @Override
  public float[][] probabilities(float[][] images) {
    if (closed) {
      throw new IllegalStateException("fake classifier is closed");
    }
    calls++;
    float[][] out = new float[images.length][];
    for (int i = 0; i < images.length; i++) {
      double mass = 0;
      double mx = 0;
      double my = 0;
      for (int p = 0; p < images[i].length; p++) {
        mass += images[i][p];
        mx += images[i][p] * (p % 28);
        my += images[i][p] * (p / 28);
      }
      int label = mass == 0 ? 0 : (mx / mass < 13.5 ? 0 : 1) + (my / mass < 13.5 ? 0 : 2);
      double confidence = 0.1 + 0.9 * Math.min(1, mass / FULL);
      float[] p = new float[10];
      java.util.Arrays.fill(p, (float) ((1 - confidence) / 9));
      p[label] = (float) confidence;
      out[i] = p;
    }
    return out;
  }

  /** Features for k-NN balls: the image averaged over 4 × 4 pixel squares (49 numbers). */
  @Override
  public float[][] features(float[][] images) {
    float[][] out = new float[images.length][49];
    for (int i = 0; i < images.length; i++) {
      for (int p = 0; p < images[i].length; p++) {
        out[i][(p / 28 / 4) * 7 + (p % 28) / 4] += images[i][p] / 16;
      }
    }
    return out;
  }

  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }
}
