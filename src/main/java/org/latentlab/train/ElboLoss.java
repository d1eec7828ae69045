package org.latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import org.latentlab.model.Elbo;
import org.latentlab.model.Scalar;

/**
 * The training objective as a DJL {@link Loss}: it only weighs the terms that {@link Elbo} states,
 * as the batch mean of
 *
 * <pre>
 *   w · reconstruction + β · KL
 * </pre>
 *
 * β = w = 1 is the VAE's negative ELBO; β = 0 leaves the code unregularized; w = 0 is "KL only"
 * (the collapsed space); β &gt; 1 is the β-VAE of Higgins et al. (ICLR 2017). The AE's predictions
 * carry no posterior, so its objective is w · reconstruction alone.
 *
 * <p>Labels are the input images; predictions are the block's forward output {@code [logits, z]}
 * (AE) or {@code [logits, μ, log σ²]} (VAE).
 */
public final class ElboLoss extends Loss {
  private final float beta;
  private final float reconstructionWeight;

  /**
   * @param beta the KL weight (β = 1: the ELBO; β = 0: no regularizer)
   * @param reconstructionWeight the reconstruction weight (1; 0 for "KL only")
   */
  public ElboLoss(double beta, double reconstructionWeight) {
    super("ELBO");
    this.beta = (float) beta;
    this.reconstructionWeight = (float) reconstructionWeight;
  }

  /** The per-image reconstruction and KL terms of a batch (KL is null for an AE). */
  public Terms terms(NDArray images, NDList predictions) {
    NDArray reconstruction = Elbo.reconstruction(predictions.get(0), images);
    NDArray kl =
        predictions.size() == 3
            ? Elbo.klToStandardNormal(predictions.get(1), predictions.get(2))
            : null;
    return new Terms(reconstruction, kl);
  }

  /** The scalar to minimize: the batch mean of the weighted terms. */
  public NDArray objective(Terms t) {
    NDArray rec = t.reconstruction();
    NDArray perImage = rec.mul(Scalar.of(rec, reconstructionWeight));
    if (t.kl() != null) {
      perImage = perImage.add(t.kl().mul(Scalar.of(rec, beta)));
    }
    return perImage.mean();
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    return objective(terms(labels.singletonOrThrow(), predictions));
  }

  /**
   * Per-image loss terms in nats.
   *
   * @param reconstruction −log p(x|z), shape (batch)
   * @param kl KL(q(z|x) ‖ N(0, I)), shape (batch), or null for an AE
   */
  public record Terms(NDArray reconstruction, NDArray kl) {}
}
