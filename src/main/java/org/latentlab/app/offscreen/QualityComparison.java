package org.latentlab.app.offscreen;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.latentlab.data.ImageSet;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.classifier.ImageClassifier;
import org.latentlab.latent.quality.HeldOut;
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
   * @param real the held-out images' k-NN balls both models' samples were judged against
   * @param ballSeconds wall time of building those balls (features and N² distances, twice)
   * @param ballCpuSeconds the process's CPU time over the same span
   */
  record Result(
      int images,
      QualityReport ae,
      QualityReport vae,
      double seconds,
      HeldOut real,
      double ballSeconds,
      double ballCpuSeconds) {}

  static Result measure(
      LatentQuality quality,
      LatentModel ae,
      LatentModel vae,
      ImageClassifier classifier,
      ImageSet data) {
    long start = System.nanoTime();
    float[][] images = data.imageRows(0, data.count());
    int[] labels = Arrays.copyOf(data.labels(), data.count());
    long cpu = cpuNanos();
    HeldOut real = ModelQuality.heldOut(images, labels, classifier);
    double ballSeconds = (System.nanoTime() - start) / 1e9;
    double ballCpu = (cpuNanos() - cpu) / 1e9;
    QualityReport a =
        ModelQuality.measure(quality, ae, images, encode(ae, images), labels, classifier, real);
    QualityReport v =
        ModelQuality.measure(quality, vae, images, encode(vae, images), labels, classifier, real);
    return new Result(
        data.count(), a, v, (System.nanoTime() - start) / 1e9, real, ballSeconds, ballCpu);
  }

  /** CPU time of the whole process (all threads), or 0 where the JVM does not tell. */
  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
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
