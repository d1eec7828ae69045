package org.latentlab.model.classifier;

import java.util.List;

/**
 * The architecture of an image classifier: an optional convolutional front ({@code filters}: one
 * 5×5 convolution with "same" padding, a ReLU and a 2×2 max-pool per entry), then dense ReLU layers
 * ({@code hidden}) and a dense layer to one logit per class. With no filters it is a plain MLP.
 *
 * @param rows image height
 * @param cols image width
 * @param classes the number of classes
 * @param filters output channels of each convolution, in order (empty: no convolutions)
 * @param hidden dense hidden layer sizes after the convolutions (may be empty)
 */
public record ClassifierSpec(
    int rows, int cols, int classes, List<Integer> filters, List<Integer> hidden) {

  /** The side of every convolution kernel. */
  static final int KERNEL = 5;

  /** The default: two convolutions (16 and 32 channels) and one hidden layer of 128. */
  static final List<Integer> DEFAULT_FILTERS = List.of(16, 32);

  /** The default dense hidden layers. */
  static final List<Integer> DEFAULT_HIDDEN = List.of(128);

  /** Checks every size, so that a spec that exists can be built. */
  public ClassifierSpec {
    if (rows <= 0 || cols <= 0 || (long) rows * cols > 1 << 20) {
      throw new IllegalArgumentException("image size " + rows + "x" + cols + " is not usable");
    }
    if (classes < 2 || classes > 1000) {
      throw new IllegalArgumentException("a classifier needs 2..1000 classes, not " + classes);
    }
    filters = List.copyOf(filters);
    hidden = List.copyOf(hidden);
    for (int f : filters) {
      if (f <= 0 || f > 1024) {
        throw new IllegalArgumentException("filter count " + f + " is outside 1..1024");
      }
    }
    for (int h : hidden) {
      if (h <= 0 || h > 1 << 16) {
        throw new IllegalArgumentException("hidden layer size " + h + " is outside 1..65536");
      }
    }
    if (rows >> filters.size() == 0 || cols >> filters.size() == 0) {
      throw new IllegalArgumentException(
          filters.size() + " pooling steps shrink " + rows + "x" + cols + " images to nothing");
    }
  }

  /** The default classifier for images of the given size. */
  public static ClassifierSpec defaults(int rows, int cols, int classes) {
    return new ClassifierSpec(rows, cols, classes, DEFAULT_FILTERS, DEFAULT_HIDDEN);
  }

  /** Pixels per image. */
  public int pixels() {
    return rows * cols;
  }

  /** The size of the flattened output of the convolutional front (the pixels without one). */
  int features() {
    if (filters.isEmpty()) {
      return pixels();
    }
    int h = rows >> filters.size();
    int w = cols >> filters.size();
    return filters.get(filters.size() - 1) * h * w;
  }

  /** The number of trainable parameters. */
  public long parameterCount() {
    long n = 0;
    int channels = 1;
    for (int f : filters) {
      n += (long) f * channels * KERNEL * KERNEL + f;
      channels = f;
    }
    int in = features();
    for (int h : hidden) {
      n += (long) in * h + h;
      in = h;
    }
    return n + (long) in * classes + classes;
  }

  /** "conv16-conv32-128-10" or "784-256-10". */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (filters.isEmpty()) {
      b.append(pixels());
    } else {
      filters.forEach(f -> b.append(b.length() == 0 ? "" : "-").append("conv").append(f));
    }
    hidden.forEach(h -> b.append('-').append(h));
    return b.append('-').append(classes).toString();
  }
}
