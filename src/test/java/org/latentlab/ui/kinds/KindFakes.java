package org.latentlab.ui.kinds;

import java.util.List;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.ModelInfo;
import org.latentlab.latent.vae.Posterior;

/**
 * Models whose behaviour a test can predict: a "plain AE" that gives back what it reads (noise
 * included), a "DAE" that always gives back the clean image, each with given hidden activations.
 */
final class KindFakes {
  private KindFakes() {}

  static final class Fake implements LatentModel {
    private final float[] output; // null: the input itself
    private final float[] hidden;
    boolean closed;

    Fake(float[] output, float[] hidden) {
      this.output = output;
      this.hidden = hidden;
    }

    @Override
    public ModelInfo info() {
      return new ModelInfo("fake", false, 4, 2, 2, List.of(4), 0, false, "test", List.of("a"));
    }

    @Override
    public float[][] encode(float[][] images) {
      float[][] out = new float[images.length][];
      for (int i = 0; i < images.length; i++) {
        out[i] = images[i].clone();
      }
      return out;
    }

    @Override
    public Posterior[] encodePosterior(float[][] images) {
      throw new UnsupportedOperationException();
    }

    @Override
    public float[][] decode(float[][] codes) {
      float[][] out = new float[codes.length][];
      for (int i = 0; i < codes.length; i++) {
        out[i] = output == null ? codes[i].clone() : output.clone();
      }
      return out;
    }

    @Override
    public float[] reconstructionLoss(float[][] images) {
      return new float[images.length];
    }

    @Override
    public float[][] hiddenActivations(float[][] images) {
      float[][] out = new float[images.length][];
      for (int i = 0; i < images.length; i++) {
        out[i] = hidden.clone();
      }
      return out;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** A 28×28 image: a bright bar on black, like a digit's stroke. */
  static float[] digit() {
    float[] x = new float[784];
    for (int r = 4; r < 24; r++) {
      x[r * 28 + 13] = 1f;
      x[r * 28 + 14] = 0.9f;
    }
    return x;
  }

  static KindModels models() {
    float[] sparse = new float[256];
    sparse[3] = 2f;
    sparse[100] = 0.5f;
    float[] dense = new float[256];
    for (int j = 0; j < 256; j += 2) {
      dense[j] = 0.7f;
    }
    return new KindModels(new Fake(null, dense), new Fake(digit(), dense), new Fake(null, sparse));
  }
}
