package org.latentlab.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.nio.FloatBuffer;
import org.latentlab.latent.vae.ElboTerms;
import org.latentlab.latent.vae.Posterior;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.Elbo;
import org.latentlab.model.InputBuffer;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelMetadata;
import org.latentlab.model.VariationalAutoencoder;

/**
 * {@link LatentModel} over a DJL {@link AutoencoderModel}. Every call builds its NDArrays in a
 * sub-manager of the model's manager and closes it before returning, so only float arrays leave.
 * Calls are serialized: a PyTorch forward pass is not shared between threads here.
 */
final class DjlLatentModel implements LatentModel {
  private final AutoencoderModel model;
  private final ParameterStore parameters;
  private final ModelInfo info;
  private final InputBuffer input = new InputBuffer();
  private final boolean owner;
  private boolean closed;

  /**
   * @param owner whether closing this handle closes the model (false for a borrowed view of a model
   *     someone else owns, such as one being trained)
   */
  DjlLatentModel(AutoencoderModel model, String name, boolean owner) {
    this.model = model;
    this.owner = owner;
    this.parameters = new ParameterStore(model.manager(), false);
    ModelMetadata m = model.metadata();
    var s = m.spec();
    this.info =
        new ModelInfo(
            name,
            s.kind() == ModelKind.VAE,
            s.latentDim(),
            s.rows(),
            s.cols(),
            s.hidden(),
            m.beta(),
            m.reconstructionWeight() == 0,
            m.dataset(),
            m.classNames(),
            s.kind().id(),
            m.noise() != null
                ? m.noise().spec()
                : m.sparsity() != null ? m.sparsity().spec() : null);
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public synchronized float[][] encode(float[][] images) {
    try (NDManager call = open()) {
      NDArray x = rows(call, images, info.pixels());
      return split(model.block().encodeMean(parameters, x), images.length, info.latentDim());
    }
  }

  @Override
  public synchronized Posterior[] encodePosterior(float[][] images) {
    try (NDManager call = open()) {
      NDArray x = rows(call, images, info.pixels());
      Posterior[] out = new Posterior[images.length];
      if (model.block() instanceof VariationalAutoencoder vae) {
        NDList q = vae.encode(parameters, x, false);
        float[][] mu = split(q.get(0), images.length, info.latentDim());
        float[][] logVar = split(q.get(1), images.length, info.latentDim());
        for (int i = 0; i < out.length; i++) {
          out[i] = new Posterior(mu[i], logVar[i]);
        }
      } else {
        float[][] z =
            split(model.block().encodeMean(parameters, x), images.length, info.latentDim());
        for (int i = 0; i < out.length; i++) {
          out[i] = new Posterior(z[i], null);
        }
      }
      return out;
    }
  }

  @Override
  public synchronized float[][] hiddenActivations(float[][] images) {
    try (NDManager call = open()) {
      NDArray x = rows(call, images, info.pixels());
      int units = info.hidden().get(info.hidden().size() - 1);
      return split(model.block().hiddenActivations(parameters, x), images.length, units);
    }
  }

  @Override
  public synchronized float[][] decode(float[][] codes) {
    try (NDManager call = open()) {
      NDArray z = rows(call, codes, info.latentDim());
      return split(model.block().decode(parameters, z), codes.length, info.pixels());
    }
  }

  @Override
  public synchronized void decodeInto(float[][] codes, float[][] into) {
    if (into.length < codes.length) {
      throw new IllegalArgumentException(into.length + " rows for " + codes.length + " codes");
    }
    try (NDManager call = open()) {
      NDArray z = rows(call, codes, info.latentDim());
      FloatBuffer values = model.block().decode(parameters, z).toByteBuffer(true).asFloatBuffer();
      for (int i = 0; i < codes.length; i++) {
        if (into[i].length != info.pixels()) {
          throw new IllegalArgumentException(
              "row " + i + " has " + into[i].length + " values, an image has " + info.pixels());
        }
        values.get(into[i]);
      }
    }
  }

  @Override
  public synchronized float[] reconstructionLoss(float[][] images) {
    try (NDManager call = open()) {
      NDArray x = rows(call, images, info.pixels());
      NDArray z = model.block().encodeMean(parameters, x);
      NDArray logits = model.block().decodeLogits(parameters, z, false);
      return Elbo.reconstruction(logits, x).toFloatArray();
    }
  }

  @Override
  public synchronized ElboTerms[] elboTerms(float[][] images) {
    try (NDManager call = open()) {
      NDArray x = rows(call, images, info.pixels());
      NDArray z;
      float[][] kl = null;
      if (model.block() instanceof VariationalAutoencoder vae) {
        NDList q = vae.encode(parameters, x, false);
        z = q.get(0);
        kl = split(Elbo.klPerDimension(q.get(0), q.get(1)), images.length, info.latentDim());
      } else {
        z = model.block().encodeMean(parameters, x);
      }
      NDArray logits = model.block().decodeLogits(parameters, z, false);
      float[] rec = Elbo.reconstruction(logits, x).toFloatArray();
      ElboTerms[] out = new ElboTerms[images.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = new ElboTerms(rec[i], kl == null ? null : toDoubles(kl[i]));
      }
      return out;
    }
  }

  private static double[] toDoubles(float[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = v[i];
    }
    return d;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      if (owner) {
        model.close();
      }
    }
  }

  private NDManager open() {
    if (closed) {
      throw new IllegalStateException(info.name() + " is closed");
    }
    return model.manager().newSubManager();
  }

  private NDArray rows(NDManager manager, float[][] rows, int width) {
    return input.create(manager, rows, width);
  }

  /**
   * The rows of {@code array}, read straight from the tensor's memory. Not through {@code
   * toFloatArray()}: for a grid that would be one more array of over a megabyte per call, which the
   * JVM places in fresh heap regions every time (a "humongous" object) and, on a VM that pays for
   * first touches of memory, costs more than the decoder itself until the whole heap has been
   * touched once (decisions.md, "Large arrays per call").
   */
  private static float[][] split(NDArray array, int n, int width) {
    FloatBuffer values = array.toByteBuffer(true).asFloatBuffer();
    if (values.remaining() != n * width) {
      throw new IllegalStateException(values.remaining() + " values, expected " + n * width);
    }
    float[][] out = new float[n][width];
    for (int i = 0; i < n; i++) {
      values.get(out[i]);
    }
    return out;
  }
}
