package org.latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when an IDX file is good, and what they are told when it is not. */
class IdxReaderTest {
  @TempDir Path dir;

  // ---- good files ----

  @Test
  void rawFilesRoundTripThroughTheWriter() throws IOException {
    ImageSet original = sample(7, 5, 4);
    Path images = dir.resolve("train-images-idx3-ubyte");
    Path labels = dir.resolve("train-labels-idx1-ubyte");
    IdxWriter.write(original, images, labels);

    assertEquals(0, Files.readAllBytes(images)[0], "raw IDX starts with a zero byte, not gzip");
    assertSameContent(original, IdxReader.readImageSet(images, labels, "x", ClassNames.DIGITS));
  }

  @Test
  void gzipFilesRoundTripThroughTheWriter() throws IOException {
    ImageSet original = sample(12, 28, 28);
    Path images = dir.resolve("train-images-idx3-ubyte.gz");
    Path labels = dir.resolve("train-labels-idx1-ubyte.gz");
    IdxWriter.write(original, images, labels);

    byte[] gz = Files.readAllBytes(images);
    assertEquals(0x1f, gz[0] & 0xFF);
    assertEquals(0x8b, gz[1] & 0xFF);
    assertSameContent(original, IdxReader.readImageSet(images, labels, "x", ClassNames.DIGITS));
  }

  @Test
  void gzipOutputIsTheSameEveryTime() throws IOException {
    ImageSet set = sample(20, 28, 28);
    Path a = dir.resolve("a-images.gz");
    Path b = dir.resolve("b-images.gz");
    IdxWriter.writeImages(a, 28, 28, set.pixels());
    IdxWriter.writeImages(b, 28, 28, set.pixels());
    byte[] bytesA = Files.readAllBytes(a);
    assertArrayEquals(bytesA, Files.readAllBytes(b));
    assertArrayEquals(new byte[4], Arrays.copyOfRange(bytesA, 4, 8), "gzip MTIME must be zero");
    assertEquals(0, bytesA[3], "gzip FLG: no file name or comment in the header");
  }

  @Test
  void gzipIsRecognisedByItsBytesNotByTheFileName() throws IOException {
    ImageSet original = sample(3, 4, 4);
    Path gzipWithoutSuffix = dir.resolve("images.gz");
    IdxWriter.writeImages(gzipWithoutSuffix, 4, 4, original.pixels());
    Path renamed = Files.move(gzipWithoutSuffix, dir.resolve("images-idx3-ubyte"));
    Path rawNamedGz = dir.resolve("labels-idx1-ubyte.gz");
    Files.write(rawNamedGz, rawLabels(original.labels()));

    ImageSet read = IdxReader.readImageSet(renamed, rawNamedGz, "x", ClassNames.DIGITS);
    assertSameContent(original, read);
  }

  @Test
  void streamsAreReadWithTheGivenNameAndLeftOpen() throws IOException {
    ImageSet original = sample(4, 3, 2);
    ByteArrayOutputStream images = new ByteArrayOutputStream();
    IdxWriter.writeImages(images, 3, 2, original.pixels());
    byte[] labels = gzip(rawLabels(new int[] {1, 2, 3, 11}));
    IdxFormatException e =
        assertThrows(
            IdxFormatException.class,
            () ->
                IdxReader.readImageSet(
                    new ByteArrayInputStream(images.toByteArray()),
                    "img.idx",
                    new ByteArrayInputStream(labels),
                    "lab.idx.gz",
                    "x",
                    ClassNames.DIGITS));
    assertEquals("lab.idx.gz: label 11 at index 3 is outside the 10 classes 0..9", e.getMessage());
  }

  // ---- malformed files: each message names the file and the problem ----

  @Test
  void emptyFile() throws IOException {
    Path f = write("empty-images-idx3-ubyte", new byte[0]);
    assertEquals(
        "empty-images-idx3-ubyte: empty file, expected an IDX images file", imagesError(f));
  }

  @Test
  void headerTruncatedInTheMagicNumber() throws IOException {
    Path f = write("short-images", new byte[] {0, 0, 8});
    assertEquals(
        "short-images: header truncated: expected 4 magic bytes, the file has 3", imagesError(f));
  }

  @Test
  void headerTruncatedInTheDimensions() throws IOException {
    byte[] header = Arrays.copyOf(imagesHeader(0x08, 3, 10, 28, 28), 10);
    Path f = write("cut-images", header);
    assertEquals(
        "cut-images: header truncated: expected 16 header bytes, the file has 10", imagesError(f));
  }

  @Test
  void notAnIdxFileAtAll() throws IOException {
    Path f = write("digit.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    String message = imagesError(f);
    assertTrue(
        message.startsWith("digit.png: not an IDX file: it starts with 89 50 4e 47"), message);
  }

  @Test
  void unsupportedTypeCodeIsNamed() throws IOException {
    byte[] floats = concat(imagesHeader(0x0D, 3, 1, 2, 2), new byte[16]);
    Path f = write("float-images", floats);
    assertEquals(
        "float-images: IDX type code 0x0D (32-bit float) is not supported,"
            + " only 0x08 (unsigned byte)",
        imagesError(f));
  }

  @Test
  void labelsFileGivenWhereImagesBelong() throws IOException {
    Path f = write("train-labels-idx1-ubyte", rawLabels(new int[] {1, 2}));
    assertEquals(
        "train-labels-idx1-ubyte: has 1 dimension(s), but an IDX images file has 3"
            + " (count x rows x cols); is this a labels file?",
        imagesError(f));
  }

  @Test
  void imagesFileGivenWhereLabelsBelong() throws IOException {
    Path f = write("train-images-idx3-ubyte", rawImages(2, 2, 2, new byte[8]));
    IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(f));
    assertEquals(
        "train-images-idx3-ubyte: has 3 dimension(s), but an IDX labels file has 1 (count);"
            + " is this an images file?",
        e.getMessage());
  }

  @Test
  void zeroDimension() throws IOException {
    Path f = write("flat-images", imagesHeader(0x08, 3, 5, 0, 28));
    assertEquals(
        "flat-images: dimension 2 (rows) is 0 in the header; it must be positive", imagesError(f));
  }

  @Test
  void negativeDimension() throws IOException {
    Path f = write("neg-images", imagesHeader(0x08, 3, -1, 28, 28));
    assertEquals(
        "neg-images: dimension 1 (count) is -1 in the header; it must be positive", imagesError(f));
  }

  @Test
  void implausiblyLargeImages() throws IOException {
    Path f = write("huge-images", imagesHeader(0x08, 3, 1, 28, 100_000));
    assertEquals(
        "huge-images: images of 28x100000 exceed 4096 pixels a side (bad header?)", imagesError(f));
  }

  @Test
  void moreDataAnnouncedThanJavaCanHold() throws IOException {
    Path f = write("many-images", imagesHeader(0x08, 3, 3_000_000, 28, 28));
    assertEquals(
        "many-images: 3000000 images of 28x28 need 2352000000 bytes, more than 2 GiB",
        imagesError(f));
  }

  @Test
  void truncatedPixelsSayHowManyBytesAndImagesWereExpectedAndFound() throws IOException {
    byte[] full = rawImages(10_000, 28, 28, new byte[10_000 * 784]);
    Path f = write("t10k-images-idx3-ubyte.gz", gzip(Arrays.copyOf(full, full.length - 1000)));
    assertEquals(
        "t10k-images-idx3-ubyte.gz: expected 7840000 pixel bytes for 10000 images of 28x28,"
            + " found 7839000, i.e. 9998 whole images (file truncated?)",
        imagesError(f));
  }

  @Test
  void damagedCountIsReportedWithoutAllocatingWhatItAnnounces() throws IOException {
    Path f = write("bad-count-images", rawImages(2_000_000, 28, 28, new byte[784]));
    assertEquals(
        "bad-count-images: expected 1568000000 pixel bytes for 2000000 images of 28x28,"
            + " found 784, i.e. 1 whole images (file truncated?)",
        imagesError(f));
  }

  @Test
  void truncatedLabels() throws IOException {
    byte[] full = rawLabels(new int[] {1, 2, 3, 4, 5});
    Path f = write("t10k-labels-idx1-ubyte", Arrays.copyOf(full, full.length - 2));
    IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(f));
    assertEquals(
        "t10k-labels-idx1-ubyte: expected 5 label bytes, found 3 (file truncated?)",
        e.getMessage());
  }

  @Test
  void trailingBytesAfterTheImages() throws IOException {
    Path f = write("long-images", concat(rawImages(2, 2, 2, new byte[8]), new byte[5]));
    assertEquals(
        "long-images: 5 unexpected bytes after the 2 images of 2x2 the header announces"
            + " (trailing data, or a wrong count in the header)",
        imagesError(f));
  }

  @Test
  void trailingBytesAfterTheLabels() throws IOException {
    Path f = write("long-labels", concat(rawLabels(new int[] {1, 2}), new byte[] {3}));
    IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(f));
    assertTrue(e.getMessage().startsWith("long-labels: 1 unexpected bytes after the 2 labels"));
  }

  @Test
  void cutShortGzipDownload() throws IOException {
    byte[] gz = gzip(rawImages(50, 28, 28, noise(50 * 784)));
    Path f = write("train-images-idx3-ubyte.gz", Arrays.copyOf(gz, gz.length / 2));
    String message = imagesError(f);
    assertTrue(
        message.startsWith("train-images-idx3-ubyte.gz: gzip data is corrupt or cut short after "),
        message);
    assertTrue(message.endsWith("; download the file again"), message);
  }

  @Test
  void corruptGzipBody() throws IOException {
    byte[] gz = gzip(rawImages(50, 28, 28, noise(50 * 784)));
    // Damage the middle: the header still parses, so the gzip checks must catch it.
    for (int i = gz.length / 2; i < gz.length / 2 + 40; i++) {
      gz[i] ^= (byte) 0x5A;
    }
    Path f = write("bad.gz", gz);
    String message = imagesError(f);
    assertTrue(message.startsWith("bad.gz: gzip data is corrupt or cut short after "), message);
  }

  @Test
  void corruptGzipHeader() throws IOException {
    Path f = write("bad-header.gz", new byte[] {0x1f, (byte) 0x8b, 99, 0, 0});
    assertTrue(
        imagesError(f)
            .startsWith("bad-header.gz: starts like gzip but its gzip header is corrupt"));
  }

  @Test
  void labelCountMustMatchImageCount() throws IOException {
    Path images = write("imgs", rawImages(3, 2, 2, new byte[12]));
    Path labels = write("labs", rawLabels(new int[] {1, 2}));
    IdxFormatException e =
        assertThrows(
            IdxFormatException.class,
            () -> IdxReader.readImageSet(images, labels, "x", ClassNames.DIGITS));
    assertEquals("labs: 2 labels, but imgs has 3 images; they must be equal", e.getMessage());
  }

  @Test
  void labelOutsideTheClassListNamesIndexAndValue() throws IOException {
    Path images = write("imgs", rawImages(3, 2, 2, new byte[12]));
    Path labels = write("labs", rawLabels(new int[] {9, 0, 10}));
    IdxFormatException e =
        assertThrows(
            IdxFormatException.class,
            () -> IdxReader.readImageSet(images, labels, "x", ClassNames.DIGITS));
    assertEquals("labs: label 10 at index 2 is outside the 10 classes 0..9", e.getMessage());
  }

  @Test
  void everyMessageIsOneLine() throws IOException {
    Path f = write("x", new byte[] {1, 2, 3, 4, 5});
    assertFalse(imagesError(f).contains("\n"));
  }

  // ---- helpers ----

  private String imagesError(Path f) {
    return assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f)).getMessage();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  static ImageSet sample(int count, int rows, int cols) {
    byte[] pixels = noise(count * rows * cols);
    int[] labels = new int[count];
    for (int i = 0; i < count; i++) {
      labels[i] = (i * 7) % 10;
    }
    return new ImageSet("sample", rows, cols, pixels, labels, ClassNames.DIGITS);
  }

  static byte[] noise(int n) {
    byte[] b = new byte[n];
    new java.util.Random(n).nextBytes(b);
    return b;
  }

  static byte[] imagesHeader(int type, int dims, int... sizes) {
    ByteBuffer buf = ByteBuffer.allocate(4 + 4 * sizes.length);
    buf.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims);
    for (int s : sizes) {
      buf.putInt(s);
    }
    return buf.array();
  }

  static byte[] rawImages(int count, int rows, int cols, byte[] pixels) {
    return concat(imagesHeader(0x08, 3, count, rows, cols), pixels);
  }

  static byte[] rawLabels(int[] labels) {
    byte[] body = new byte[labels.length];
    for (int i = 0; i < labels.length; i++) {
      body[i] = (byte) labels[i];
    }
    return concat(imagesHeader(0x08, 1, labels.length), body);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    }
    return out.toByteArray();
  }

  private static void assertSameContent(ImageSet expected, ImageSet actual) {
    assertEquals(expected.count(), actual.count());
    assertEquals(expected.rows(), actual.rows());
    assertEquals(expected.cols(), actual.cols());
    assertArrayEquals(expected.pixels(), actual.pixels());
    assertArrayEquals(expected.labels(), actual.labels());
    assertEquals(List.copyOf(ClassNames.DIGITS), actual.classNames());
  }
}
