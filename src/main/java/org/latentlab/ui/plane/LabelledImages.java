package org.latentlab.ui.plane;

import java.util.List;

/**
 * The labelled grey-scale images the explorer shows, as the view models need them. The app adapts
 * its data sets to this, so the UI depends on nothing but inference and latent.
 */
public interface LabelledImages {

  /** A short human name ("MNIST (bundled 10k)"). */
  String name();

  /** The number of images. */
  int count();

  /** Image height in pixels. */
  int rows();

  /** Image width in pixels. */
  int cols();

  /** The class index of image {@code i}, in {@code [0, classNames().size())}. */
  int label(int i);

  /** Image {@code i} as {@code rows * cols} floats in [0, 1]. */
  float[] image(int i);

  /** The display name of each class index. */
  List<String> classNames();

  /**
   * Copies image {@code i} into {@code dest} ({@code rows * cols} floats), so a caller can reuse
   * one buffer for many images.
   */
  default void copyImage(int i, float[] dest) {
    float[] image = image(i);
    System.arraycopy(image, 0, dest, 0, image.length);
  }

  /** Images [from, to) as one row each. */
  default float[][] imageRows(int from, int to) {
    float[][] out = new float[to - from][];
    for (int i = from; i < to; i++) {
      out[i - from] = image(i);
    }
    return out;
  }

  /** The first {@code n} images (all of them if there are fewer), as a view of this set. */
  default LabelledImages head(int n) {
    if (n >= count()) {
      return this;
    }
    LabelledImages all = this;
    return new LabelledImages() {
      @Override
      public String name() {
        return all.name();
      }

      @Override
      public int count() {
        return n;
      }

      @Override
      public int rows() {
        return all.rows();
      }

      @Override
      public int cols() {
        return all.cols();
      }

      @Override
      public int label(int i) {
        return all.label(i);
      }

      @Override
      public float[] image(int i) {
        return all.image(i);
      }

      @Override
      public void copyImage(int i, float[] dest) {
        all.copyImage(i, dest);
      }

      @Override
      public List<String> classNames() {
        return all.classNames();
      }
    };
  }
}
