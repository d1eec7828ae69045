package org.latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.latentlab.data.ImageSet;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.latent.kinds.HiddenActivity;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.Elbo;
import org.latentlab.model.InputBuffer;

/**
 * What the denoising and the sparse autoencoder are for, measured on held-out images: how well a
 * model reconstructs the clean image from a corrupted one, and how sparse its hidden code is. Every
 * model sees the same noisy images (the noise is drawn from the seed, per level), so two models can
 * be compared side by side.
 */
public final class KindEvaluator {
  private static final int BATCH = 500;

  /** The noise levels {@code eval} reports by default. */
  public static final List<Double> DEFAULT_LEVELS = List.of(0.0, 0.1, 0.25, 0.5, 0.75);

  private KindEvaluator() {}

  /**
   * The denoising error at one noise level: the mean over images of BCE(decoder(encoder(x̃)), x) in
   * nats, x̃ the corrupted image and x the clean one (the DAE's training loss, {@link Elbo}).
   *
   * @param seed seeds the noise: the same seed gives every model the same noisy images
   */
  public static double denoisingError(
      AutoencoderModel model, ImageSet data, Corruption noise, long seed) {
    var spec = model.metadata().spec();
    ModelTrainer.checkData(data, spec);
    ParameterStore ps = new ParameterStore(model.manager(), false);
    InputBuffer clean = new InputBuffer();
    InputBuffer noisy = new InputBuffer();
    Random random = new Random(seed);
    double sum = 0;
    for (int from = 0; from < data.count(); from += BATCH) {
      int[] idx = IntStream.range(from, Math.min(from + BATCH, data.count())).toArray();
      float[] x = data.images(idx);
      float[] corrupted = new float[x.length];
      noise.apply(x, 0, corrupted, 0, x.length, random);
      Shape shape = new Shape(idx.length, spec.pixels());
      try (NDManager call = model.manager().newSubManager()) {
        NDArray target = clean.create(call, x, shape);
        NDArray input = noisy.create(call, corrupted, shape);
        NDArray z = model.block().encodeMean(ps, input);
        sum +=
            Elbo.reconstruction(model.block().decodeLogits(ps, z, false), target).sum().getFloat();
      }
    }
    return sum / data.count();
  }

  /**
   * The denoising error of each model at each level of {@code type}'s noise, one row per level.
   *
   * @param models the models to compare (e.g. a DAE and the plain AE)
   */
  public static List<double[]> denoisingTable(
      List<AutoencoderModel> models,
      ImageSet data,
      Corruption.Type type,
      List<Double> levels,
      long seed) {
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      Corruption noise = new Corruption(type, levels.get(i));
      double[] row = new double[models.size()];
      for (int m = 0; m < models.size(); m++) {
        row[m] = denoisingError(models.get(m), data, noise, seed + i);
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * How sparse a model's hidden code is on {@code data}: the mean hidden activation and the mean
   * fraction of active units ({@link HiddenActivity}) over the images.
   */
  public static Activity activity(AutoencoderModel model, ImageSet data) {
    var spec = model.metadata().spec();
    ModelTrainer.checkData(data, spec);
    ParameterStore ps = new ParameterStore(model.manager(), false);
    InputBuffer input = new InputBuffer();
    int units = spec.hidden().get(spec.hidden().size() - 1);
    double mean = 0;
    double active = 0;
    for (int from = 0; from < data.count(); from += BATCH) {
      int[] idx = IntStream.range(from, Math.min(from + BATCH, data.count())).toArray();
      try (NDManager call = model.manager().newSubManager()) {
        NDArray x = input.create(call, data.images(idx), new Shape(idx.length, spec.pixels()));
        float[] h = model.block().hiddenActivations(ps, x).toFloatArray();
        for (int k = 0; k < idx.length; k++) {
          float[] row = new float[units];
          System.arraycopy(h, k * units, row, 0, units);
          HiddenActivity a = new HiddenActivity(row);
          mean += a.mean();
          active += a.fractionActive();
        }
      }
    }
    return new Activity(units, mean / data.count(), active / data.count());
  }

  /**
   * How sparse a hidden code is, averaged over images.
   *
   * @param units hidden units in the layer
   * @param meanActivation the mean activation of a unit
   * @param fractionActive the mean fraction of units above {@link HiddenActivity#ACTIVE}
   */
  public record Activity(int units, double meanActivation, double fractionActive) {}
}
