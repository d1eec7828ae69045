package org.latentlab.inference;

import java.util.List;

/**
 * What a loaded model is, in plain Java, for views and reports.
 *
 * @param name a short display name ("MNIST VAE")
 * @param variational true for a VAE (the encoder gives a posterior), false for a plain AE
 * @param latentDim the size of a latent code
 * @param rows image height
 * @param cols image width
 * @param hidden the encoder's hidden layer sizes (the decoder mirrors them)
 * @param beta the KL weight it was trained with (0 for an AE)
 * @param dataset the data set it was trained on ("mnist", "fashion", a folder)
 * @param classNames the class names of that data set
 */
public record ModelInfo(
    String name,
    boolean variational,
    int latentDim,
    int rows,
    int cols,
    List<Integer> hidden,
    double beta,
    String dataset,
    List<String> classNames) {

  /** Pixels per image. */
  public int pixels() {
    return rows * cols;
  }
}
