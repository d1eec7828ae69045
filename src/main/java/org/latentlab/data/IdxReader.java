package org.latentlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and checks image and label files in the IDX format of MNIST and Fashion-MNIST, plain or
 * gzip-compressed (recognised by its first bytes, not by the file name).
 *
 * <p>An IDX file is a header followed by the data: two zero bytes, a type code ({@code 0x08} for
 * unsigned bytes), the number of dimensions, one big-endian 32-bit size per dimension, then the
 * elements in row-major order. Images are 3-D ({@code count x rows x cols}), labels 1-D. Every
 * check that fails throws an {@link IdxFormatException} whose one-line message names the file and
 * the problem, for example {@code t10k-images-idx3-ubyte.gz: expected 7840000 pixel bytes for 10000
 * images of 28x28, found 7839000, i.e. 9998 whole images (file truncated?)}.
 */
public final class IdxReader {
  /** The IDX type code for unsigned bytes, the only element type LatentLab reads. */
  public static final int UNSIGNED_BYTE = 0x08;

  /**
   * The largest image side accepted: anything bigger is not an MNIST-like image but a bad header.
   */
  public static final int MAX_SIDE = 4096;

  // Java arrays hold a little less than 2^31 elements; the JDK itself stays 8 below.
  private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

  private static final List<String> IMAGE_DIMENSIONS = List.of("count", "rows", "cols");
  private static final List<String> LABEL_DIMENSIONS = List.of("count");

  private IdxReader() {}

  /**
   * The images of one IDX file.
   *
   * @param source the file name, for messages
   * @param rows image height
   * @param cols image width
   * @param pixels {@code count * rows * cols} unsigned bytes, one image after the other
   */
  public record Images(String source, int rows, int cols, byte[] pixels) {
    /** The number of images. */
    public int count() {
      return pixels.length / (rows * cols);
    }
  }

  /**
   * The labels of one IDX file.
   *
   * @param source the file name, for messages
   * @param labels one value 0..255 per image
   */
  public record Labels(String source, int[] labels) {
    /** The number of labels. */
    public int count() {
      return labels.length;
    }
  }

  /**
   * Reads an images file and a labels file into one set, checking that they belong together.
   *
   * @param images the images file ({@code ...-images-idx3-ubyte[.gz]})
   * @param labels the labels file ({@code ...-labels-idx1-ubyte[.gz]})
   * @param name the set's display name
   * @param classNames the classes; every label must index into them
   * @throws IdxFormatException if either file is malformed or they do not match
   * @throws IOException if a file cannot be read
   */
  public static ImageSet readImageSet(
      Path images, Path labels, String name, List<String> classNames) throws IOException {
    return combine(readImages(images), readLabels(labels), name, classNames);
  }

  /**
   * Like {@link #readImageSet(Path, Path, String, List)}, from streams (left open) with the names
   * to use in messages.
   */
  public static ImageSet readImageSet(
      InputStream images,
      String imagesSource,
      InputStream labels,
      String labelsSource,
      String name,
      List<String> classNames)
      throws IOException {
    return combine(
        readImages(images, imagesSource), readLabels(labels, labelsSource), name, classNames);
  }

  /** Reads and checks a 3-D images file. */
  public static Images readImages(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readImages(in, displayName(file));
    }
  }

  /**
   * Reads and checks a 3-D images file from a stream, which is read to its end but left open.
   *
   * @param source the file name to use in messages
   */
  public static Images readImages(InputStream in, String source) throws IOException {
    try (IdxInput idx = IdxInput.open(in, source)) {
      int[] dims = IdxHeader.read(idx, source, IMAGE_DIMENSIONS, "images", "labels");
      int count = dims[0];
      int rows = dims[1];
      int cols = dims[2];
      String size = rows + "x" + cols;
      if (rows > MAX_SIDE || cols > MAX_SIDE) {
        throw fail(
            source, "images of " + size + " exceed " + MAX_SIDE + " pixels a side (bad header?)");
      }
      long expected = (long) count * rows * cols;
      if (expected > MAX_BYTES) {
        throw fail(
            source, count + " images of " + size + " need " + expected + " bytes, more than 2 GiB");
      }
      byte[] pixels = idx.readUpTo(expected);
      int found = pixels.length;
      if (found < expected) {
        throw fail(
            source,
            String.format(
                "expected %d pixel bytes for %d images of %s, found %d, i.e. %d whole images"
                    + " (file truncated?)",
                expected, count, size, found, found / (rows * cols)));
      }
      long extra = idx.countRemaining();
      if (extra > 0) {
        throw fail(
            source,
            extra
                + " unexpected bytes after the "
                + count
                + " images of "
                + size
                + " the header announces (trailing data, or a wrong count in the header)");
      }
      return new Images(source, rows, cols, pixels);
    }
  }

  /** Reads and checks a 1-D labels file. */
  public static Labels readLabels(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readLabels(in, displayName(file));
    }
  }

  /**
   * Reads and checks a 1-D labels file from a stream, which is read to its end but left open.
   *
   * @param source the file name to use in messages
   */
  public static Labels readLabels(InputStream in, String source) throws IOException {
    try (IdxInput idx = IdxInput.open(in, source)) {
      int count = IdxHeader.read(idx, source, LABEL_DIMENSIONS, "labels", "images")[0];
      byte[] raw = idx.readUpTo(count);
      int found = raw.length;
      if (found < count) {
        throw fail(
            source, "expected " + count + " label bytes, found " + found + " (file truncated?)");
      }
      long extra = idx.countRemaining();
      if (extra > 0) {
        throw fail(
            source,
            extra
                + " unexpected bytes after the "
                + count
                + " labels the header announces (trailing data, or a wrong count in the header)");
      }
      int[] labels = new int[count];
      for (int i = 0; i < count; i++) {
        labels[i] = raw[i] & 0xFF;
      }
      return new Labels(source, labels);
    }
  }

  /**
   * Pairs images with labels, checking that there is one label per image and that every label is
   * one of {@code classNames}.
   */
  public static ImageSet combine(Images images, Labels labels, String name, List<String> classNames)
      throws IdxFormatException {
    if (labels.count() != images.count()) {
      throw fail(
          labels.source(),
          labels.count()
              + " labels, but "
              + images.source()
              + " has "
              + images.count()
              + " images; they must be equal");
    }
    int[] values = labels.labels();
    for (int i = 0; i < values.length; i++) {
      if (values[i] >= classNames.size()) {
        throw fail(
            labels.source(),
            "label "
                + values[i]
                + " at index "
                + i
                + " is outside the "
                + classNames.size()
                + " classes 0.."
                + (classNames.size() - 1));
      }
    }
    return new ImageSet(name, images.rows(), images.cols(), images.pixels(), values, classNames);
  }

  /** The name messages use for a file: its last path element. */
  static String displayName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  private static IdxFormatException fail(String source, String problem) {
    return IdxHeader.fail(source, problem);
  }
}
