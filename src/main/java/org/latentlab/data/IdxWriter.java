package org.latentlab.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes images and labels as IDX files of unsigned bytes, the format {@link IdxReader} reads.
 *
 * <p>A path whose name ends in {@code .gz} gets gzip, at the highest compression level. The gzip
 * header carries no time stamp and no file name, so writing the same data twice gives the same
 * bytes (with the same zlib). Files appear whole or not at all: they are written next to the target
 * and moved into place.
 */
public final class IdxWriter {
  private IdxWriter() {}

  /** Writes {@code set} as an images file and a labels file. */
  public static void write(ImageSet set, Path images, Path labels) throws IOException {
    writeImages(images, set.rows(), set.cols(), set.pixels());
    writeLabels(labels, set.labels());
  }

  /**
   * Writes an images file of {@code pixels.length / (rows * cols)} images.
   *
   * @param pixels unsigned bytes, one image after the other
   */
  public static void writeImages(Path file, int rows, int cols, byte[] pixels) throws IOException {
    writeAtomically(file, out -> writeImages(out, rows, cols, pixels));
  }

  /** Writes a labels file; every label must be 0..255. */
  public static void writeLabels(Path file, int[] labels) throws IOException {
    writeAtomically(file, out -> writeLabels(out, labels));
  }

  /** Writes an uncompressed images file to {@code out} (left open). */
  public static void writeImages(OutputStream out, int rows, int cols, byte[] pixels)
      throws IOException {
    int perImage = rows * cols;
    if (rows <= 0 || cols <= 0 || pixels.length % perImage != 0) {
      throw new IllegalArgumentException(
          pixels.length + " pixel bytes are not whole images of " + rows + "x" + cols);
    }
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(IdxReader.UNSIGNED_BYTE << 8 | 3);
    data.writeInt(pixels.length / perImage);
    data.writeInt(rows);
    data.writeInt(cols);
    data.write(pixels);
    data.flush();
  }

  /** Writes an uncompressed labels file to {@code out} (left open). */
  public static void writeLabels(OutputStream out, int[] labels) throws IOException {
    byte[] bytes = new byte[labels.length];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] > 255) {
        throw new IllegalArgumentException(
            "label " + labels[i] + " at index " + i + " does not fit an unsigned byte");
      }
      bytes[i] = (byte) labels[i];
    }
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(IdxReader.UNSIGNED_BYTE << 8 | 1);
    data.writeInt(labels.length);
    data.write(bytes);
    data.flush();
  }

  private interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path file, Body body) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    // A sibling rather than Files.createTempFile, whose owner-only permissions would stick.
    Path part = target.resolveSibling(target.getFileName() + ".part");
    try {
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
        if (target.getFileName().toString().endsWith(".gz")) {
          try (GZIPOutputStream gzip = new BestGzip(raw)) {
            body.writeTo(gzip);
          }
        } else {
          body.writeTo(raw);
        }
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** Java's gzip header has no time stamp or name already; this only raises the level. */
  private static final class BestGzip extends GZIPOutputStream {
    BestGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }
}
