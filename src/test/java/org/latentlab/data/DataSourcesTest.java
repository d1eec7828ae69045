package org.latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data specs as a user types them, and what they get. */
class DataSourcesTest {
  @TempDir Path dir;

  private DataSources sources(Path fashionDir) {
    return new DataSources(new DataSources.Settings(fashionDir, false));
  }

  private DataSources sources() {
    return sources(Path.of(DataSources.DEFAULT_FASHION_DIR));
  }

  @Test
  void mnistIsTheBundledDigitsWithoutATestSplit() throws IOException {
    ImageSet train = sources().training("mnist");
    assertEquals("MNIST (bundled 10k)", train.name());
    assertEquals(10_000, train.count());
    assertEquals(ClassNames.DIGITS, train.classNames());
    assertEquals(Optional.empty(), sources().test("mnist"));
  }

  @Test
  void fashionFromTheDebianPackage() throws IOException {
    Path installed = Path.of(DataSources.DEFAULT_FASHION_DIR);
    Assumptions.assumeTrue(
        Files.isDirectory(installed),
        "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist); skipped");

    ImageSet train = sources().training("fashion");
    ImageSet test = sources().test("fashion").orElseThrow();
    assertEquals(60_000, train.count());
    assertEquals(10_000, test.count());
    assertEquals(28, train.rows());
    assertEquals(ClassNames.FASHION, train.classNames());
    assertEquals("Fashion-MNIST train", train.name());
    assertEquals("Fashion-MNIST test", test.name());
    int[] perClass = new int[10];
    for (int label : test.labels()) {
      perClass[label]++;
    }
    assertArrayEquals(
        new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, perClass);
  }

  @Test
  void fashionCanLiveInAnotherFolder() throws IOException {
    ImageSet small = IdxReaderTest.sample(6, 28, 28);
    IdxWriter.write(
        small,
        dir.resolve("train-images-idx3-ubyte.gz"),
        dir.resolve("train-labels-idx1-ubyte.gz"));

    ImageSet train = sources(dir).training("fashion");
    assertArrayEquals(small.pixels(), train.pixels());
    assertEquals(ClassNames.FASHION, train.classNames());
    assertEquals(Optional.empty(), sources(dir).test("fashion"));
  }

  @Test
  void missingFashionSaysWhereItLookedAndHowToInstallIt() {
    Path nowhere = dir.resolve("no-fashion-here");
    DataSourceException e =
        assertThrows(DataSourceException.class, () -> sources(nowhere).training("fashion"));
    assertEquals(
        nowhere
            + ": missing train-images-idx3-ubyte[.gz] and train-labels-idx1-ubyte[.gz];"
            + " install Fashion-MNIST with 'apt-get install dataset-fashion-mnist', or point"
            + " LATENTLAB_FASHION_DIR at a folder with its four files",
        e.getMessage());
  }

  @Test
  void settingsComeFromSystemProperties() {
    String before = System.getProperty("latentlab.fashion.dir");
    String onlineBefore = System.getProperty("latentlab.djl.online");
    try {
      System.setProperty("latentlab.fashion.dir", dir.toString());
      System.setProperty("latentlab.djl.online", "true");
      DataSources.Settings s = DataSources.Settings.fromEnvironment();
      assertEquals(dir, s.fashionDir());
      assertTrue(s.djlOnline());
    } finally {
      restore("latentlab.fashion.dir", before);
      restore("latentlab.djl.online", onlineBefore);
    }
  }

  @Test
  void aFolderWithTrainAndTestPairs() throws IOException {
    Path data = Files.createDirectories(dir.resolve("my-digits"));
    ImageSet train = IdxReaderTest.sample(9, 28, 28);
    ImageSet test = IdxReaderTest.sample(4, 28, 28);
    IdxWriter.write(
        train, data.resolve("train-images-idx3-ubyte"), data.resolve("train-labels-idx1-ubyte"));
    IdxWriter.write(
        test, data.resolve("t10k-images-idx3-ubyte.gz"), data.resolve("t10k-labels-idx1-ubyte.gz"));

    DataSource source = sources().resolve(data.toString());
    assertEquals("my-digits in " + data, source.describe());
    ImageSet readTrain = source.training();
    assertEquals("my-digits train", readTrain.name());
    assertArrayEquals(train.pixels(), readTrain.pixels());
    assertArrayEquals(train.labels(), readTrain.labels());
    ImageSet readTest = sources().test(data.toString()).orElseThrow();
    assertEquals("my-digits test", readTest.name());
    assertArrayEquals(test.labels(), readTest.labels());
    assertEquals(ClassNames.DIGITS, readTest.classNames());
  }

  @Test
  void aFolderWithoutTheTrainingPairListsWhatItNeeds() throws IOException {
    IdxWriter.writeImages(dir.resolve("train-images-idx3-ubyte.gz"), 2, 2, new byte[8]);
    DataSourceException e =
        assertThrows(DataSourceException.class, () -> sources().training(dir.toString()));
    assertEquals(
        dir
            + ": missing train-labels-idx1-ubyte[.gz]; a data folder needs the training pair"
            + " (and may have the t10k- pair as its test split)",
        e.getMessage());
  }

  @Test
  void halfATestSplitIsReported() throws IOException {
    IdxWriter.write(
        IdxReaderTest.sample(3, 2, 2),
        dir.resolve("train-images-idx3-ubyte"),
        dir.resolve("train-labels-idx1-ubyte"));
    IdxWriter.writeImages(dir.resolve("t10k-images-idx3-ubyte"), 2, 2, new byte[8]);
    DataSourceException e =
        assertThrows(DataSourceException.class, () -> sources().test(dir.toString()));
    assertEquals(
        dir
            + ": has t10k-images-idx3-ubyte but no t10k-labels-idx1-ubyte[.gz];"
            + " a test split needs both",
        e.getMessage());
  }

  @Test
  void labelsBeyondTheDigitsAreReportedWithTheFileName() throws IOException {
    IdxWriter.writeImages(dir.resolve("train-images-idx3-ubyte"), 2, 2, new byte[8]);
    IdxWriter.writeLabels(dir.resolve("train-labels-idx1-ubyte"), new int[] {3, 12});
    IdxFormatException e =
        assertThrows(IdxFormatException.class, () -> sources().training(dir.toString()));
    assertEquals(
        "train-labels-idx1-ubyte: label 12 at index 1 is outside the 10 classes 0..9",
        e.getMessage());
  }

  @Test
  void unknownSpecListsTheAcceptedForms() {
    DataSourceException e =
        assertThrows(DataSourceException.class, () -> sources().training("cifar10"));
    assertEquals(
        "unknown data 'cifar10'; use mnist (bundled 10k digits), fashion (Fashion-MNIST),"
            + " a folder with train-images-idx3-ubyte[.gz] and train-labels-idx1-ubyte[.gz],"
            + " djl-mnist[:<repository folder>] or djl-fashion[:<repository folder>]",
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void aPathThatDoesNotExistIsCalledThat() {
    String missing = dir.resolve("nope").toString();
    DataSourceException e =
        assertThrows(DataSourceException.class, () -> sources().resolve(missing));
    assertTrue(e.getMessage().startsWith("no such folder: " + missing + "; use mnist"));
  }

  @Test
  void classNamesFollowTheSpec() throws IOException {
    assertEquals(ClassNames.DIGITS, sources().classNames("mnist"));
    IdxWriter.write(
        IdxReaderTest.sample(1, 2, 2),
        dir.resolve("train-images-idx3-ubyte"),
        dir.resolve("train-labels-idx1-ubyte"));
    assertEquals(ClassNames.FASHION, sources(dir).classNames("fashion"));
  }

  @Test
  void theOfficialTestSetCanBeNamedForEvaluation() throws IOException {
    Path t10k = Path.of(System.getProperty("latentlab.shared.dir", "../shared"), "data/mnist-t10k");
    Assumptions.assumeTrue(Files.isDirectory(t10k), "official MNIST t10k not at " + t10k);
    ImageSet test =
        DataSources.readPair(
            t10k.resolve("t10k-images-idx3-ubyte.gz"),
            t10k.resolve("t10k-labels-idx1-ubyte.gz"),
            ClassNames.DIGITS);
    assertEquals("t10k-images-idx3-ubyte.gz", test.name());
    assertEquals(10_000, test.count());
    assertEquals(28, test.cols());
  }

  @Test
  void namingAMissingEvaluationFileSaysWhich() {
    Path images = dir.resolve("t10k-images-idx3-ubyte.gz");
    DataSourceException e =
        assertThrows(
            DataSourceException.class,
            () -> DataSources.readPair(images, dir.resolve("x"), ClassNames.DIGITS));
    assertEquals("no such file: " + images, e.getMessage());
  }

  @Test
  void aFolderOrADeviceNamedAsAnIdxFileIsCalledWhatItIs() throws IOException {
    Path labels = dir.resolve("labels");
    IdxWriter.writeLabels(labels, new int[] {1});
    DataSourceException folder =
        assertThrows(
            DataSourceException.class, () -> DataSources.readPair(dir, labels, ClassNames.DIGITS));
    assertEquals(dir + " is a folder, not an IDX file", folder.getMessage());
    for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
      Path p = Path.of(device);
      Assumptions.assumeTrue(Files.exists(p), device + " is absent");
      DataSourceException e =
          assertThrows(
              DataSourceException.class, () -> DataSources.readPair(p, labels, ClassNames.DIGITS));
      assertEquals(device + " is a device, pipe or socket, not an IDX file", e.getMessage());
    }
  }

  @Test
  void aFolderWithBothARawFileAndItsGzipIsRefused() throws IOException {
    ImageSet train = IdxReaderTest.sample(3, 2, 2);
    IdxWriter.write(
        train, dir.resolve("train-images-idx3-ubyte"), dir.resolve("train-labels-idx1-ubyte"));
    Files.write(dir.resolve("train-images-idx3-ubyte.gz"), new byte[] {0x1f, (byte) 0x8b, 0});
    DataSourceException e =
        assertThrows(DataSourceException.class, () -> sources().training(dir.toString()));
    assertEquals(
        dir
            + ": has both train-images-idx3-ubyte and train-images-idx3-ubyte.gz; keep one of"
            + " them",
        e.getMessage());
  }

  @Test
  void aDamagedTestSplitStopsTrainingAndSaysWhichFile() throws IOException {
    ImageSet train = IdxReaderTest.sample(3, 2, 2);
    IdxWriter.write(
        train, dir.resolve("train-images-idx3-ubyte"), dir.resolve("train-labels-idx1-ubyte"));
    IdxWriter.writeImages(dir.resolve("t10k-images-idx3-ubyte"), 2, 2, new byte[8]);
    Files.write(dir.resolve("t10k-labels-idx1-ubyte"), new byte[] {1, 2, 3});
    DataSourceException e =
        assertThrows(DataSourceException.class, () -> sources().training(dir.toString()));
    assertTrue(e.getMessage().startsWith("t10k-labels-idx1-ubyte"), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith("the test split of " + dir + " is damaged: fix or remove the t10k- pair"),
        e.getMessage());
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
