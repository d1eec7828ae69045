package org.latentlab.app.offscreen;

import java.util.Arrays;
import org.latentlab.data.ImageSet;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.classifier.ImageClassifier;
import org.latentlab.latent.quality.LatentQuality;
import org.latentlab.latent.quality.QualityReport;
import org.latentlab.ui.holes.ModelQuality;

/** The {@code report} command's service: an autoencoder and a VAE measured the same way. */
final class QualityComparison {
  private static final int BATCH = 1000;

  private QualityComparison() {}

  /**
   * Both reports and what they were measured on.
   *
   * @param images evaluation images
   * @param ae the autoencoder's report
   * @param vae the VAE's report
   * @param seconds wall time of the measurement
   */
  record Result(int images, QualityReport ae, QualityReport vae, double seconds) {}

  static Result measure(
      LatentQuality quality,
      LatentModel ae,
      LatentModel vae,
      ImageClassifier classifier,
      ImageSet data) {
    long start = System.nanoTime();
    float[][] images = data.imageRows(0, data.count());
    int[] labels = Arrays.copyOf(data.labels(), data.count());
    QualityReport a =
        ModelQuality.measure(quality, ae, images, encode(ae, images), labels, classifier);
    QualityReport v =
        ModelQuality.measure(quality, vae, images, encode(vae, images), labels, classifier);
    return new Result(data.count(), a, v, (System.nanoTime() - start) / 1e9);
  }

  static float[][] encode(LatentModel model, float[][] images) {
    float[][] codes = new float[images.length][];
    for (int from = 0; from < images.length; from += BATCH) {
      int to = Math.min(images.length, from + BATCH);
      System.arraycopy(
          model.encode(Arrays.copyOfRange(images, from, to)), 0, codes, from, to - from);
    }
    return codes;
  }
}
