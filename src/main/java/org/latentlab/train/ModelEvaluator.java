package org.latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.latentlab.data.ImageSet;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.Elbo;
import org.latentlab.model.EngineSetup;
import org.latentlab.model.InputBuffer;
import org.latentlab.model.ModelKind;
import org.latentlab.model.VariationalAutoencoder;

/**
 * Mean per-image test losses in nats. For a VAE: the negative ELBO with z = μ in the reconstruction
 * term (deterministic, the number LatentLab quotes), the same with one sample z ~ q(z|x), and its
 * reconstruction and KL parts (always with β = 1: this is the ELBO, whatever β training used). For
 * an AE: the reconstruction BCE.
 */
public final class ModelEvaluator {
  private static final int BATCH = 500;

  private ModelEvaluator() {}

  /**
   * Evaluates {@code model} on every image of {@code data}.
   *
   * @param seed seeds ε for the one-sample estimate
   */
  public static EvaluationReport evaluate(AutoencoderModel model, ImageSet data, long seed) {
    var spec = model.metadata().spec();
    ModelTrainer.checkData(data, spec); // the same images a model of spec trains on
    EngineSetup.engine().setRandomSeed((int) seed);
    ParameterStore ps = new ParameterStore(model.manager(), false);
    InputBuffer input = new InputBuffer();
    double rec = 0;
    double kl = 0;
    double rec1 = 0;
    for (int from = 0; from < data.count(); from += BATCH) {
      int to = Math.min(from + BATCH, data.count());
      int[] idx = java.util.stream.IntStream.range(from, to).toArray();
      try (NDManager call = model.manager().newSubManager()) {
        NDArray x = input.create(call, data.images(idx), new Shape(idx.length, spec.pixels()));
        if (model.block() instanceof VariationalAutoencoder vae) {
          NDList q = vae.encode(ps, x, false);
          NDArray mu = q.get(0);
          NDArray logVar = q.get(1);
          rec += Elbo.reconstruction(vae.decodeLogits(ps, mu, false), x).sum().getFloat();
          kl += Elbo.klToStandardNormal(mu, logVar).sum().getFloat();
          NDArray z = VariationalAutoencoder.reparameterize(mu, logVar);
          rec1 += Elbo.reconstruction(vae.decodeLogits(ps, z, false), x).sum().getFloat();
        } else {
          NDArray z = model.block().encodeMean(ps, x);
          rec += Elbo.reconstruction(model.block().decodeLogits(ps, z, false), x).sum().getFloat();
        }
      }
    }
    int n = data.count();
    boolean vae = spec.kind() == ModelKind.VAE;
    return new EvaluationReport(
        spec.kind(),
        spec.latentDim(),
        n,
        rec / n,
        vae ? kl / n : null,
        vae ? (rec + kl) / n : null,
        vae ? (rec1 + kl) / n : null);
  }
}
