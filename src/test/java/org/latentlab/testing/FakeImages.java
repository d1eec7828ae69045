package org.latentlab.testing;

import java.util.List;
import java.util.Random;
import org.latentlab.ui.plane.LabelledImages;

/**
 * Synthetic 28 × 28 "digits": class c is a bright blob on a ring, at angle 36°·c, jittered per
 * image, so an encoder that finds the blob's centre places the classes in ten clusters.
 */
final class FakeImages implements LabelledImages {
  static final int SIZE = 28;
  private final String name;
  private final byte[] pixels;
  private final int[] labels;
  private final List<String> classNames;

  FakeImages(int count, long seed, List<String> classNames) {
    this.name = "Fake blobs";
    this.classNames = classNames;
    this.labels = new int[count];
    this.pixels = new byte[count * SIZE * SIZE];
    Random rnd = new Random(seed);
    for (int i = 0; i < count; i++) {
      int c = rnd.nextInt(10);
      labels[i] = c;
      double angle = 2 * Math.PI * c / 10;
      double cx = 13.5 + 7 * Math.cos(angle) + rnd.nextGaussian() * 1.2;
      double cy = 13.5 - 7 * Math.sin(angle) + rnd.nextGaussian() * 1.2;
      double sigma = 1.8 + rnd.nextDouble();
      for (int r = 0; r < SIZE; r++) {
        for (int col = 0; col < SIZE; col++) {
          double d2 = (col - cx) * (col - cx) + (r - cy) * (r - cy);
          double v = Math.exp(-d2 / (2 * sigma * sigma));
          pixels[i * SIZE * SIZE + r * SIZE + col] = (byte) Math.round(255 * v);
        }
      }
    }
  }

  static FakeImages digits(int count) {
    return new FakeImages(count, 42, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int count() {
    return labels.length;
  }

  @Override
  public int rows() {
    return SIZE;
  }

  @Override
  public int cols() {
    return SIZE;
  }

  @Override
  public int label(int i) {
    return labels[i];
  }

  @Override
  public float[] image(int i) {
    float[] out = new float[SIZE * SIZE];
    for (int p = 0; p < out.length; p++) {
      out[p] = (pixels[i * SIZE * SIZE + p] & 0xFF) / 255f;
    }
    return out;
  }

  @Override
  public List<String> classNames() {
    return classNames;
  }
}
