package org.latentlab.train;

/** The checks every training run's optimizer settings share (autoencoders and classifiers). */
public final class OptimizerSettings {
  private OptimizerSettings() {}

  /**
   * Fails with a one-line message on a setting that cannot train.
   *
   * @throws IllegalArgumentException naming the setting and the value
   */
  public static void check(int epochs, int batchSize, double learningRate) {
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
}
