package org.latentlab.latent.quality;

import org.latentlab.latent.Interpolation;

/**
 * One interpolation path, for showing: its codes, their decodes and what the classifier makes of
 * each.
 *
 * @param from the index of the image the path starts at
 * @param to the index of the image it ends at
 * @param codes the codes along the path, both ends included
 * @param images the decode of each code
 * @param labels the classifier's label of each decode
 * @param confidence the classifier's confidence in each decode
 */
public record ExamplePath(
    int from, int to, float[][] codes, float[][] images, int[] labels, float[] confidence) {

  /** Decodes and classifies the straight path between codes {@code a} and {@code b}. */
  public static ExamplePath walk(
      int from, int to, float[] a, float[] b, int steps, Decoder decoder, Classifier classifier) {
    float[][] codes = Interpolation.path(Interpolation.Mode.LINEAR, a, b, steps + 1);
    float[][] images = decoder.decode(codes);
    float[][] p = classifier.classify(images);
    int[] labels = new int[codes.length];
    float[] confidence = new float[codes.length];
    for (int k = 0; k < codes.length; k++) {
      labels[k] = Classifier.label(p[k]);
      confidence[k] = p[k][labels[k]];
    }
    return new ExamplePath(from, to, codes, images, labels, confidence);
  }
}
