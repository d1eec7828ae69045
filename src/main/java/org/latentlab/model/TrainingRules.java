package org.latentlab.model;

/**
 * The ranges every training setting must be in, checked before a run starts and again when a
 * model's metadata is read, so that a file with impossible values (a negative β) is refused the way
 * the option would have been.
 */
public final class TrainingRules {
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
    if (kind == ModelKind.AE && reconstructionWeight == 0) {
      throw new IllegalArgumentException("an autoencoder has no KL term: 'KL only' needs a VAE");
    }
  }
}
