package org.latentlab.app.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The matrix-product work of training an MLP autoencoder, counted from its architecture.
 *
 * <p>A fully connected layer with {@code n} inputs and {@code m} outputs costs {@code 2·n·m}
 * floating-point operations per image forward (a multiply and an add per weight). Backward costs
 * about twice that: one product for the gradient of the input, one for the gradient of the weights.
 * So one training step costs about {@code 3 × forward} per image. Biases, activations, the loss and
 * Adam are left out: they are a few percent of the products here and run at memory speed, not at
 * the CPU's arithmetic peak.
 */
final class TrainingFlops {
  private TrainingFlops() {}

  /**
   * Floating-point operations per image of one training step (forward and backward).
   *
   * @param pixels input size (784 for 28×28)
   * @param hidden the encoder's hidden sizes (the decoder mirrors them)
   * @param latent the code size
   * @param vae whether the encoder has two heads (μ and log σ²)
   */
  static double perImage(int pixels, List<Integer> hidden, int latent, boolean vae) {
    List<Integer> sizes = new ArrayList<>();
    sizes.add(pixels);
    sizes.addAll(hidden);
    double macs = 0;
    for (int i = 0; i + 1 < sizes.size(); i++) {
      macs += 2.0 * sizes.get(i) * sizes.get(i + 1); // encoder and its mirror in the decoder
    }
    int last = sizes.get(sizes.size() - 1);
    macs += (double) last * latent * (vae ? 2 : 1); // the encoder's head(s)
    macs += (double) latent * last; // the decoder's first layer
    return 3 * 2 * macs;
  }

  /** Achieved GFLOP/s of an epoch over {@code images} images that took {@code seconds}. */
  static double gflops(double perImage, int images, double seconds) {
    return perImage * images / seconds / 1e9;
  }
}
