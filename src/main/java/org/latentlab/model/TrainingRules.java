package org.latentlab.model;

import org.latentlab.latent.kinds.Corruption;
import org.latentlab.latent.kinds.Sparsity;

/**
 * The ranges every training setting must be in, checked before a run starts and again when a
 * model's metadata is read, so that a file with impossible values (a negative β) is refused the way
 * the option would have been.
 */
public final class TrainingRules {
  /** The noise a DAE trains with when none is given. */
  public static final Corruption DEFAULT_NOISE = new Corruption(Corruption.Type.GAUSSIAN, 0.5);

  /** The sparsity penalty an SAE trains with when none is given. */
  public static final Sparsity DEFAULT_SPARSITY = new Sparsity(Sparsity.Type.KL, 0.05);

  private TrainingRules() {}

  /**
   * The optimizer settings every kind of model shares.
   *
   * @throws IllegalArgumentException naming the setting and the value
   */
  public static void checkOptimizer(int epochs, int batchSize, double learningRate) {
    if (epochs <= 0) {
      throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
    }
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
    }
  }

  /**
   * The weights of the ELBO's two terms.
   *
   * @throws IllegalArgumentException naming the weight and the value
   */
  public static void checkLossWeights(ModelKind kind, double beta, double reconstructionWeight) {
    if (!(beta >= 0) || !Double.isFinite(beta)) {
      throw new IllegalArgumentException("beta must be 0 or more, got " + beta);
    }
    if (!(reconstructionWeight >= 0) || !Double.isFinite(reconstructionWeight)) {
      throw new IllegalArgumentException(
          "reconstruction weight must be 0 or more, got " + reconstructionWeight);
    }
    if (kind != ModelKind.VAE && reconstructionWeight == 0) {
      throw new IllegalArgumentException("an autoencoder has no KL term: 'KL only' needs a VAE");
    }
  }

  /**
   * What each kind needs: a DAE its noise, an SAE its sparsity penalty, and no other kind either.
   *
   * @throws IllegalArgumentException naming the setting and the kind
   */
  public static void checkKindSettings(ModelKind kind, Corruption noise, Sparsity sparsity) {
    if (kind == ModelKind.DAE && noise == null) {
      throw new IllegalArgumentException(
          "a denoising autoencoder needs its noise (e.g. gaussian:0.5)");
    }
    if (kind != ModelKind.DAE && noise != null) {
      throw new IllegalArgumentException(
          "noise is for a denoising autoencoder (dae), not " + kind.id());
    }
    if (kind == ModelKind.SAE && sparsity == null) {
      throw new IllegalArgumentException(
          "a sparse autoencoder needs its sparsity penalty (e.g. kl:0.05)");
    }
    if (kind != ModelKind.SAE && sparsity != null) {
      throw new IllegalArgumentException(
          "a sparsity penalty is for a sparse autoencoder (sae), not " + kind.id());
    }
  }
}
