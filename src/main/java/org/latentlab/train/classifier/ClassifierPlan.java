package org.latentlab.train.classifier;

import java.nio.file.Path;
import java.util.List;

/**
 * What classifier to train and where to save it, as {@code train-classifier} asks for it; {@link
 * ClassifierTraining#prepare} checks it.
 *
 * @param data the data spec, as {@code --data}: "mnist", "fashion", … or a folder of IDX files
 * @param imageLimit train on the first N images only; 0 for all
 * @param filters channels of each convolution; empty for an MLP
 * @param hidden dense hidden layer sizes after the convolutions
 * @param epochs passes over the data
 * @param batchSize images per step
 * @param learningRate Adam's learning rate
 * @param shift the largest random shift in pixels applied to training images (0: none)
 * @param validation how many images at the end of the data to hold out (0: none)
 * @param seed seeds initialization, shuffling and shifts
 * @param output the model folder to write (atomically) when training finishes
 * @param overwrite whether a model already in {@code output} may be replaced
 */
public record ClassifierPlan(
    String data,
    int imageLimit,
    List<Integer> filters,
    List<Integer> hidden,
    int epochs,
    int batchSize,
    double learningRate,
    int shift,
    int validation,
    long seed,
    Path output,
    boolean overwrite) {

  /** Defensive copies. */
  public ClassifierPlan {
    filters = List.copyOf(filters);
    hidden = List.copyOf(hidden);
  }
}
