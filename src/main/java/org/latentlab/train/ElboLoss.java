package org.latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import org.latentlab.latent.kinds.Sparsity;
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
 * (AE, DAE) or {@code [logits, μ, log σ²]} (VAE). A sparse autoencoder's predictions are {@code
 * [logits, z, h]} and its objective adds the sparsity penalty Ω(h) of {@link Elbo}: the batch mean
 * of λ · Σ|h| (L1), or the batch's KL sparsity term. A denoising autoencoder needs nothing here:
 * its trainer feeds the corrupted images forward and passes the clean ones as labels.
 */
public final class ElboLoss extends Loss {
  private final float beta;
  private final float reconstructionWeight;
  private final Sparsity sparsity;

  /**
   * @param beta the KL weight (β = 1: the ELBO; β = 0: no regularizer)
   * @param reconstructionWeight the reconstruction weight (1; 0 for "KL only")
   */
  public ElboLoss(double beta, double reconstructionWeight) {
    this(beta, reconstructionWeight, null);
  }

  /**
   * @param sparsity a sparse autoencoder's penalty on its hidden activations, or null
   */
  public ElboLoss(double beta, double reconstructionWeight, Sparsity sparsity) {
    super("ELBO");
    this.beta = (float) beta;
    this.reconstructionWeight = (float) reconstructionWeight;
    this.sparsity = sparsity;
  }

  /**
   * The per-image reconstruction and KL terms of a batch (KL is null but for a VAE) and an SAE's
   * sparsity penalty (else null).
   */
  public Terms terms(NDArray images, NDList predictions) {
    NDArray reconstruction = Elbo.reconstruction(predictions.get(0), images);
    if (sparsity != null) {
      NDArray h = predictions.get(2);
      NDArray penalty =
          sparsity.type() == Sparsity.Type.L1
              ? Elbo.l1Penalty(h).mean().mul(Scalar.of(h, (float) sparsity.value()))
              : Elbo.klSparsity(h, sparsity.value());
      return new Terms(reconstruction, null, penalty);
    }
    NDArray kl =
        predictions.size() == 3
            ? Elbo.klToStandardNormal(predictions.get(1), predictions.get(2))
            : null;
    return new Terms(reconstruction, kl, null);
  }

  /** The scalar to minimize: the batch mean of the weighted terms, plus any sparsity penalty. */
  public NDArray objective(Terms t) {
    NDArray rec = t.reconstruction();
    NDArray perImage = rec.mul(Scalar.of(rec, reconstructionWeight));
    if (t.kl() != null) {
      perImage = perImage.add(t.kl().mul(Scalar.of(rec, beta)));
    }
    NDArray mean = perImage.mean();
    return t.sparsityPenalty() == null ? mean : mean.add(t.sparsityPenalty());
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    return objective(terms(labels.singletonOrThrow(), predictions));
  }

  /**
   * Per-image loss terms in nats.
   *
   * @param reconstruction −log p(x|z), shape (batch)
   * @param kl KL(q(z|x) ‖ N(0, I)), shape (batch), or null but for a VAE
   * @param sparsityPenalty an SAE's weighted penalty Ω(h) for the batch (a scalar), or null
   */
  public record Terms(NDArray reconstruction, NDArray kl, NDArray sparsityPenalty) {}
}
