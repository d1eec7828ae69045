package org.latentlab.latent.quality;

/**
 * How much a decoder's images differ from one another: the standard deviation of each pixel across
 * the decodes of the evaluation images' codes, averaged over the pixels. A decoder that collapsed
 * (a KL-only VAE, whose every decode is the same grey blur) has a spread near 0, and then the other
 * scores describe one image, not a latent space: no holes, perfectly even steps, and nothing
 * learnt.
 */
public final class DecoderSpread {
  /**
   * Below this mean pixel spread the decodes count as one image. Trained MNIST and Fashion-MNIST
   * models sit one to two orders of magnitude above it (see {@code DecoderSpreadTest}).
   */
  public static final double COLLAPSED = 0.01;

  /** The most codes decoded: enough for a stable mean, cheap beside the other metrics. */
  static final int CODES = 200;

  private DecoderSpread() {}

  /**
   * The mean over pixels of the per-pixel standard deviation of the decodes of up to {@value
   * #CODES} of {@code codes}, taken evenly through the array.
   */
  public static double of(float[][] codes, Decoder decoder, int batch) {
    int n = Math.min(CODES, codes.length);
    if (n < 2) {
      throw new IllegalArgumentException("the spread of decodes needs at least 2 codes");
    }
    float[][] picked = new float[n][];
    for (int i = 0; i < n; i++) {
      picked[i] = codes[(int) ((long) i * codes.length / n)];
    }
    float[][] images = Batches.map(picked, batch, decoder::decode);
    int pixels = images[0].length;
    double total = 0;
    for (int p = 0; p < pixels; p++) {
      double sum = 0;
      double sumSq = 0;
      for (float[] image : images) {
        sum += image[p];
        sumSq += (double) image[p] * image[p];
      }
      double mean = sum / n;
      total += Math.sqrt(Math.max(0, sumSq / n - mean * mean));
    }
    return total / pixels;
  }

  /** Whether a spread means the decoder gives (nearly) the same image for every code. */
  public static boolean collapsed(double spread) {
    return spread < COLLAPSED;
  }
}
