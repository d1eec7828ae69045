package org.latentlab.data;

import java.util.List;
import java.util.Objects;

/**
 * A labelled set of grey-scale images, kept compactly as unsigned bytes (row-major, one image after
 * the other) and handed out as floats in [0, 1] (pixel / 255), the form the models consume.
 *
 * @param name a short human name ("MNIST (bundled 10k)", "Fashion-MNIST test", a file name)
 * @param rows image height in pixels
 * @param cols image width in pixels
 * @param pixels {@code count * rows * cols} unsigned bytes
 * @param labels one class index per image, each in {@code [0, classNames.size())}
 * @param classNames the display name of each class index
 */
public record ImageSet(
    String name, int rows, int cols, byte[] pixels, int[] labels, List<String> classNames) {

  /** Validates the sizes so that every accessor below is safe. */
  public ImageSet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pixels, "pixels");
    Objects.requireNonNull(labels, "labels");
    classNames = List.copyOf(classNames);
    if (rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException("image size must be positive: " + rows + "x" + cols);
    }
    if ((long) labels.length * rows * cols != pixels.length) {
      throw new IllegalArgumentException(
          labels.length + " labels but " + pixels.length + " pixel bytes for " + rows + "x" + cols);
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classNames.size()) {
        throw new IllegalArgumentException(
            "label " + labels[i] + " of image " + i + " is outside 0.." + (classNames.size() - 1));
      }
    }
  }

  /** The number of images. */
  public int count() {
    return labels.length;
  }

  /** Pixels per image ({@code rows * cols}). */
  public int pixelsPerImage() {
    return rows * cols;
  }

  /** The class index of image {@code i}. */
  public int label(int i) {
    return labels[i];
  }

  /** Image {@code i} as floats in [0, 1]. */
  public float[] image(int i) {
    float[] out = new float[pixelsPerImage()];
    copyImage(i, out, 0);
    return out;
  }

  /** Copies image {@code i} as floats in [0, 1] into {@code dest} starting at {@code offset}. */
  public void copyImage(int i, float[] dest, int offset) {
    int n = pixelsPerImage();
    int base = i * n;
    for (int p = 0; p < n; p++) {
      dest[offset + p] = (pixels[base + p] & 0xFF) / 255f;
    }
  }

  /** Images {@code indices} packed one after the other as floats in [0, 1]. */
  public float[] images(int[] indices) {
    int n = pixelsPerImage();
    float[] out = new float[indices.length * n];
    for (int k = 0; k < indices.length; k++) {
      copyImage(indices[k], out, k * n);
    }
    return out;
  }

  /** Images {@code [from, to)} as one float row each. */
  public float[][] imageRows(int from, int to) {
    float[][] out = new float[to - from][];
    for (int i = from; i < to; i++) {
      out[i - from] = image(i);
    }
    return out;
  }

  /** The first {@code n} images (or all, if there are fewer), sharing nothing with this set. */
  public ImageSet head(int n) {
    int k = Math.min(n, count());
    byte[] px = java.util.Arrays.copyOf(pixels, k * pixelsPerImage());
    int[] lb = java.util.Arrays.copyOf(labels, k);
    return new ImageSet(name, rows, cols, px, lb, classNames);
  }

  /** Raw pixel byte {@code p} of image {@code i}, 0..255. */
  public int pixel(int i, int p) {
    return pixels[i * pixelsPerImage() + p] & 0xFF;
  }
}
