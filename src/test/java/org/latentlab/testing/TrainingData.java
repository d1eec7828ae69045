package org.latentlab.testing;

import org.latentlab.data.ImageSet;

/** The images tests train on. */
public final class TrainingData {
  private TrainingData() {}

  /** A few hundred 28×28 images with ten classes. */
  public static ImageSet fewHundred() {
    return SyntheticImages.bars(400, 5);
  }
}
