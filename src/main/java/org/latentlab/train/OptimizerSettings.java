package org.latentlab.train;

import org.latentlab.model.TrainingRules;

/**
 * The checks every training run's optimizer settings share (autoencoders and classifiers); the
 * rules live in {@link TrainingRules}, which also checks them when a model is read.
 */
public final class OptimizerSettings {
  private OptimizerSettings() {}

  /**
   * Fails with a one-line message on a setting that cannot train.
   *
   * @throws IllegalArgumentException naming the setting and the value
   */
  public static void check(int epochs, int batchSize, double learningRate) {
    TrainingRules.checkOptimizer(epochs, batchSize, learningRate);
  }
}
