package org.latentlab.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.latentlab.data.BundledMnist;
import org.latentlab.data.ImageSet;

/** The images tests train on. */
public final class TrainingData {
  private TrainingData() {}

  /** The first 400 bundled MNIST digits (a class-mixed sample: the asset is shuffled). */
  public static ImageSet fewHundred() {
    try {
      return BundledMnist.load().head(400);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
