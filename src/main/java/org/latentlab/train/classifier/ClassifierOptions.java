package org.latentlab.train.classifier;

import org.latentlab.model.classifier.ClassifierSpec;
import org.latentlab.train.OptimizerSettings;

/**
 * How to train a classifier.
 *
 * @param spec the architecture
 * @param epochs passes over the data
 * @param batchSize images per step
 * @param learningRate Adam's learning rate
 * @param shift the largest random shift in pixels applied to training images (0: none)
 * @param validation how many images at the end of the training data to hold out and report accuracy
 *     on after every epoch (0: train on everything)
 * @param seed seeds initialization, shuffling and shifts
 */
public record ClassifierOptions(
    ClassifierSpec spec,
    int epochs,
    int batchSize,
    double learningRate,
    int shift,
    int validation,
    long seed) {

  /** Checks ranges so a bad option fails before any work starts. */
  public ClassifierOptions {
    OptimizerSettings.check(epochs, batchSize, learningRate);
    if (shift < 0 || shift > 8) {
      throw new IllegalArgumentException("shift must be in 0..8 pixels, got " + shift);
    }
    if (validation < 0) {
      throw new IllegalArgumentException("validation must be 0 or more images, got " + validation);
    }
  }

  /** 15 epochs, batch 128, Adam 1e-3, shifts of up to 2 pixels, nothing held out, seed 1. */
  public static ClassifierOptions defaults(ClassifierSpec spec) {
    return new ClassifierOptions(spec, 15, 128, 1e-3, 2, 0, 1);
  }
}
