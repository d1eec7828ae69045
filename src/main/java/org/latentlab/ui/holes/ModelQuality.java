package org.latentlab.ui.holes;

import org.latentlab.inference.LatentModel;
import org.latentlab.inference.classifier.ImageClassifier;
import org.latentlab.latent.quality.HeldOut;
import org.latentlab.latent.quality.LatentQuality;
import org.latentlab.latent.quality.QualityReport;

/**
 * Measures a loaded model with {@link LatentQuality}: the one bridge from the inference handles to
 * the metrics, used by the window and by the {@code report} command alike.
 */
public final class ModelQuality {
  private static final int BATCH = 500;

  private ModelQuality() {}

  /**
   * The latent-quality report of {@code model} on {@code images} (slow: run it in the background).
   *
   * @param codes the model's codes of the images (the AE's z, the VAE's μ)
   * @param labels the images' classes (to pick the example path), or null
   */
  public static QualityReport measure(
      LatentQuality quality,
      LatentModel model,
      float[][] images,
      float[][] codes,
      int[] labels,
      ImageClassifier classifier) {
    return measure(quality, model, images, codes, labels, classifier, null);
  }

  /**
   * The k-NN balls of real images in {@code classifier}'s penultimate-layer features and in pixels
   * (slow for thousands of images: build once, in the background, and share it between models).
   *
   * @param labels each image's true class
   */
  public static HeldOut heldOut(float[][] images, int[] labels, ImageClassifier classifier) {
    return HeldOut.of(
        images, labels, classifier.info().classNames().size(), classifier::features, BATCH);
  }

  /**
   * As {@link #measure(LatentQuality, LatentModel, float[][], float[][], int[], ImageClassifier)},
   * and with {@code real} (from {@link #heldOut}, or null) the samples' precision, recall, density,
   * coverage and class balance and the hole map's off-manifold cells.
   */
  public static QualityReport measure(
      LatentQuality quality,
      LatentModel model,
      float[][] images,
      float[][] codes,
      int[] labels,
      ImageClassifier classifier,
      HeldOut real) {
    if (classifier.info().pixels() != model.info().pixels()) {
      throw new IllegalArgumentException(
          classifier.info().name()
              + " takes "
              + classifier.info().rows()
              + "x"
              + classifier.info().cols()
              + " images but "
              + model.info().name()
              + " makes "
              + model.info().rows()
              + "x"
              + model.info().cols());
    }
    LatentQuality.Subject subject =
        new LatentQuality.Subject(
            model.info().name(),
            model.info().variational(),
            model::decode,
            model::reconstructionLoss);
    return quality.measure(subject, images, codes, labels, classifier::probabilities, real);
  }
}
