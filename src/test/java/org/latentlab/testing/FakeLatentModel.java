package org.latentlab.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.ModelInfo;
import org.latentlab.latent.vae.Posterior;

/**
 * An analytic stand-in for a trained model. The encoder finds the centre of an image's brightness
 * (z1 to the right, z2 upwards, scaled by {@code spread}); further dimensions encode the blob's
 * size. The decoder draws a blob at the point the code names, so what it shows depends visibly on
 * z. Calls after {@link #close()} fail, as a real model's would.
 */
public final class FakeLatentModel implements LatentModel {
  private final ModelInfo info;
  private final double spread;
  public final AtomicInteger decodeCalls = new AtomicInteger();
  private volatile boolean closed;

  FakeLatentModel(String name, boolean variational, int latentDim, double spread) {
    this.info =
        new ModelInfo(
            name,
            variational,
            latentDim,
            28,
            28,
            List.of(64),
            variational ? 1 : 0,
            false,
            "fake",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    this.spread = spread;
  }

  static FakeLatentModel autoencoder() {
    return new FakeLatentModel("Fake AE", false, 2, 0.6);
  }

  public static FakeLatentModel vae() {
    return new FakeLatentModel("Fake VAE", true, 2, 0.3);
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public synchronized float[][] encode(float[][] images) {
    checkOpen();
    float[][] out = new float[images.length][];
    for (int i = 0; i < images.length; i++) {
      out[i] = encodeOne(images[i]);
    }
    return out;
  }

  private float[] encodeOne(float[] image) {
    double mass = 0;
    double mx = 0;
    double my = 0;
    for (int p = 0; p < image.length; p++) {
      mass += image[p];
      mx += image[p] * (p % 28);
      my += image[p] * (p / 28);
    }
    mass = Math.max(mass, 1e-6);
    float[] z = new float[info.latentDim()];
    z[0] = (float) ((mx / mass - 13.5) * spread);
    if (z.length > 1) {
      z[1] = (float) (-(my / mass - 13.5) * spread);
    }
    for (int k = 2; k < z.length; k++) {
      z[k] = (float) ((Math.sqrt(mass) - 5) * 0.5 * (k - 1));
    }
    return z;
  }

  @Override
  public synchronized Posterior[] encodePosterior(float[][] images) {
    float[][] mu = encode(images);
    Posterior[] out = new Posterior[mu.length];
    for (int i = 0; i < mu.length; i++) {
      float[] logVar = null;
      if (info.variational()) {
        // σ = (0.37, 0.25, 0.17, …): elongated ellipses along z₁.
        logVar = new float[mu[i].length];
        for (int k = 0; k < logVar.length; k++) {
          logVar[k] = -2f - 0.8f * k;
        }
      }
      out[i] = new Posterior(mu[i], logVar);
    }
    return out;
  }

  @Override
  public synchronized float[][] decode(float[][] codes) {
    checkOpen();
    decodeCalls.incrementAndGet();
    float[][] out = new float[codes.length][];
    for (int i = 0; i < codes.length; i++) {
      out[i] = decodeOne(codes[i]);
    }
    return out;
  }

  private float[] decodeOne(float[] z) {
    double cx = 13.5 + z[0] / spread;
    double cy = 13.5 - (z.length > 1 ? z[1] : 0) / spread;
    double sigma = 2.3 + (z.length > 2 ? Math.tanh(z[2]) : 0);
    float[] px = new float[28 * 28];
    for (int p = 0; p < px.length; p++) {
      double dx = p % 28 - cx;
      double dy = p / 28 - cy;
      px[p] = (float) (0.97 * Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma)));
    }
    return px;
  }

  @Override
  public synchronized float[] reconstructionLoss(float[][] images) {
    float[][] rec = decode(encode(images));
    float[] out = new float[images.length];
    for (int i = 0; i < images.length; i++) {
      double s = 0;
      for (int p = 0; p < images[i].length; p++) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, rec[i][p]));
        s -= images[i][p] * Math.log(q) + (1 - images[i][p]) * Math.log(1 - q);
      }
      out[i] = (float) s;
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

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException(info.name() + " is closed");
    }
  }
}
