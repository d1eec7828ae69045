package org.latentlab.train;

import org.latentlab.latent.kinds.Corruption;
import org.latentlab.latent.kinds.Sparsity;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;
import org.latentlab.model.TrainingRules;

/**
 * How to train: architecture, loss weights and optimizer settings.
 *
 * @param spec the architecture
 * @param beta KL weight (VAE): 1 is the ELBO, 0 removes the regularizer
 * @param reconstructionWeight reconstruction weight: 1, or 0 for "KL only"
 * @param epochs passes over the data
 * @param batchSize images per step
 * @param learningRate Adam's learning rate
 * @param seed seeds initialization, shuffling and ε
 * @param noise a DAE's corruption of its input (null for other kinds)
 * @param sparsity an SAE's sparsity penalty (null for other kinds)
 */
public record TrainingOptions(
    ModelSpec spec,
    double beta,
    double reconstructionWeight,
    int epochs,
    int batchSize,
    double learningRate,
    long seed,
    Corruption noise,
    Sparsity sparsity) {

  /** Checks ranges so a bad option fails before any work starts. */
  public TrainingOptions {
    OptimizerSettings.check(epochs, batchSize, learningRate);
    TrainingRules.checkLossWeights(spec.kind(), beta, reconstructionWeight);
    TrainingRules.checkKindSettings(spec.kind(), noise, sparsity);
  }

  /** The options of an AE or a VAE (no noise, no sparsity penalty). */
  public TrainingOptions(
      ModelSpec spec,
      double beta,
      double reconstructionWeight,
      int epochs,
      int batchSize,
      double learningRate,
      long seed) {
    this(spec, beta, reconstructionWeight, epochs, batchSize, learningRate, seed, null, null);
  }

  /**
   * The lecture's defaults: β = 1, 20 epochs, batch 128, Adam 1e-3, seed 1; a DAE's noise and an
   * SAE's penalty are {@link TrainingRules#DEFAULT_NOISE} and {@link
   * TrainingRules#DEFAULT_SPARSITY}.
   */
  public static TrainingOptions defaults(ModelSpec spec) {
    return new TrainingOptions(
        spec,
        1.0,
        1.0,
        20,
        128,
        1e-3,
        1,
        spec.kind() == ModelKind.DAE ? TrainingRules.DEFAULT_NOISE : null,
        spec.kind() == ModelKind.SAE ? TrainingRules.DEFAULT_SPARSITY : null);
  }

  /** The same options with another number of epochs. */
  public TrainingOptions withEpochs(int n) {
    return new TrainingOptions(
        spec, beta, reconstructionWeight, n, batchSize, learningRate, seed, noise, sparsity);
  }
}
