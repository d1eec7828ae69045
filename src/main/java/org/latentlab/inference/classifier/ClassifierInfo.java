package org.latentlab.inference.classifier;

import java.util.List;

/**
 * What a loaded classifier is, in plain Java.
 *
 * @param name a short display name ("MNIST classifier")
 * @param architecture the network, e.g. "conv16-conv32-128-10"
 * @param rows image height
 * @param cols image width
 * @param dataset the data set it was trained on ("mnist", "fashion", a folder)
 * @param classNames the name of each class index
 */
public record ClassifierInfo(
    String name, String architecture, int rows, int cols, String dataset, List<String> classNames) {

  /** Pixels per image. */
  public int pixels() {
    return rows * cols;
  }
}
