package org.latentlab.latent.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.latentlab.latent.info.Distribution;
import org.latentlab.latent.info.Entropy;

/**
 * Whether samples come in the classes' right proportions: the histogram of the classifier's labels
 * of the samples, and its KL divergence from the held-out images' class distribution, KL(samples ‖
 * held-out) in nats ({@link Entropy#kl}: the lecture's KL used as a measuring instrument). 0 means
 * the samples' classes are as frequent as the real images'; a sampler that favours a few classes
 * scores higher; one that makes a single class of ten balanced ones scores log 10 ≈ 2.30.
 *
 * @param histogram the fraction of samples with each label
 * @param reference the fraction of held-out images in each class
 * @param kl KL(histogram ‖ reference), nats (∞ if a sampled class never occurs in the held-out set)
 */
public record ClassBalance(double[] histogram, double[] reference, double kl) {

  /** Copies the arrays. */
  public ClassBalance {
    histogram = histogram.clone();
    reference = reference.clone();
  }

  /**
   * The balance of {@code sampleLabels} against {@code referenceLabels}, both class indices in [0,
   * classes).
   */
  public static ClassBalance of(int[] sampleLabels, int[] referenceLabels, int classes) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      names.add(Integer.toString(c));
    }
    Distribution p = Distribution.normalized(names, counts(sampleLabels, classes));
    Distribution q = Distribution.normalized(names, counts(referenceLabels, classes));
    return new ClassBalance(p.probabilities(), q.probabilities(), Entropy.kl(p, q));
  }

  /** The most frequent class's share of the samples. */
  public double largestShare() {
    double max = 0;
    for (double h : histogram) {
      max = Math.max(max, h);
    }
    return max;
  }

  /** Equal when both histograms and the KL are (records compare arrays by identity). */
  @Override
  public boolean equals(Object o) {
    return o instanceof ClassBalance b
        && Arrays.equals(histogram, b.histogram)
        && Arrays.equals(reference, b.reference)
        && Double.compare(kl, b.kl) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(histogram) + Arrays.hashCode(reference);
  }

  @Override
  public String toString() {
    return "ClassBalance[histogram="
        + Arrays.toString(histogram)
        + ", reference="
        + Arrays.toString(reference)
        + ", kl="
        + kl
        + "]";
  }

  @Override
  public double[] histogram() {
    return histogram.clone();
  }

  @Override
  public double[] reference() {
    return reference.clone();
  }

  private static double[] counts(int[] labels, int classes) {
    if (labels.length == 0) {
      throw new IllegalArgumentException("a class histogram needs at least one label");
    }
    double[] n = new double[classes];
    for (int label : labels) {
      if (label < 0 || label >= classes) {
        throw new IllegalArgumentException("class " + label + " is not in [0, " + classes + ")");
      }
      n[label]++;
    }
    return n;
  }
}
