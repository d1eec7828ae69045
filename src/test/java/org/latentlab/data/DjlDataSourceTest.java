package org.latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.util.Utils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.model.EngineSetup;

/**
 * DJL's own MNIST and Fashion-MNIST datasets, offline: from a local DJL repository the test writes,
 * and from a DJL cache the test fills. Nothing here may reach the network.
 */
class DjlDataSourceTest {
  @TempDir Path dir;

  private final ImageSet train = IdxReaderTest.sample(30, 28, 28);
  private final ImageSet test = IdxReaderTest.sample(12, 28, 28);

  @BeforeAll
  static void startTheEngineOfflineFirst() {
    // The engine reads its switches once; DJL's dataset builders would otherwise start it.
    EngineSetup.configure(0);
    EngineSetup.engine();
  }

  private static DataSources sources(boolean online) {
    return new DataSources(new DataSources.Settings(Path.of("/nonexistent"), online));
  }

  @Test
  void djlMnistFromALocalRepositoryFolder() throws IOException {
    Path repo = DjlRepositoryFixture.writeRepository(dir.resolve("repo"), "mnist", train, test, "");
    Path realDownload = DjlSource.cacheFolder(DjlSource.Kind.MNIST);
    boolean cachedBefore = Files.exists(realDownload);

    DataSource source = sources(false).resolve("djl-mnist:" + repo);
    ImageSet readTrain = source.training();
    ImageSet readTest = source.test().orElseThrow();

    assertEquals("MNIST (DJL) train", readTrain.name());
    assertArrayEquals(train.pixels(), readTrain.pixels());
    assertArrayEquals(train.labels(), readTrain.labels());
    assertArrayEquals(test.pixels(), readTest.pixels());
    assertArrayEquals(test.labels(), readTest.labels());
    assertEquals(ClassNames.DIGITS, readTrain.classNames());
    assertEquals(
        cachedBefore,
        Files.exists(realDownload),
        "a local repository must not leave files where DJL keeps its real MNIST download");
  }

  @Test
  void djlFashionFromALocalRepositoryFolder() throws IOException {
    Path repo =
        DjlRepositoryFixture.writeRepository(dir.resolve("repo"), "fashmnist", train, test, "");
    ImageSet readTrain = sources(false).training("djl-fashion:" + repo);
    assertEquals("Fashion-MNIST (DJL) train", readTrain.name());
    assertEquals(ClassNames.FASHION, readTrain.classNames());
    assertArrayEquals(train.pixels(), readTrain.pixels());
  }

  @Test
  void gzipFilesInALocalRepositoryAreExplained() throws IOException {
    Path repo =
        DjlRepositoryFixture.writeRepository(dir.resolve("repo"), "mnist", train, test, ".gz");
    DataSourceException e =
        assertThrows(DataSourceException.class, () -> sources(false).training("djl-mnist:" + repo));
    assertTrue(
        e.getMessage()
            .endsWith(
                "train-images-idx3-ubyte.gz: gzip-compressed, but DJL reads repository files as"
                    + " they are; store it uncompressed (gunzip -k)"),
        e.getMessage());
  }

  @Test
  void aFolderThatIsNotADjlRepositorySaysWhatItNeeds() {
    DataSourceException e =
        assertThrows(DataSourceException.class, () -> sources(false).resolve("djl-mnist:" + dir));
    assertEquals(
        dir
            + ": not a DJL repository with mnist; expected"
            + " dataset/cv/ai/djl/basicdataset/mnist/metadata.json listing train_data,"
            + " train_labels, test_data and test_labels",
        e.getMessage());
  }

  @Test
  void aMalformedFileInTheRepositoryGetsTheIdxMessage() throws IOException {
    Path repo = DjlRepositoryFixture.writeRepository(dir.resolve("repo"), "mnist", train, test, "");
    Path labels = repo.resolve("dataset/cv/ai/djl/basicdataset/mnist/1.0/t10k-labels-idx1-ubyte");
    IdxWriter.writeLabels(labels, new int[11]);
    IdxFormatException e =
        assertThrows(IdxFormatException.class, () -> sources(false).training("djl-mnist:" + repo));
    assertEquals(
        "t10k-labels-idx1-ubyte: 11 labels, but t10k-images-idx3-ubyte has 12 images;"
            + " they must be equal",
        e.getMessage());
  }

  @Test
  void withoutDownloadsAnUncachedDjlDatasetIsRefusedWithAHint() throws IOException {
    withDjlCache(
        dir,
        () -> {
          DataSourceException e =
              assertThrows(DataSourceException.class, () -> sources(false).resolve("djl-mnist"));
          assertTrue(e.getMessage().startsWith("djl-mnist: DJL's MNIST is not in DJL's cache ("));
          assertTrue(e.getMessage().contains("set LATENTLAB_DJL_ONLINE=true"), e.getMessage());
          assertTrue(e.getMessage().contains("djl-mnist:<folder>"), e.getMessage());
        });
  }

  @Test
  void aDatasetAlreadyInDjlsCacheLoadsOffline() throws IOException {
    DjlRepositoryFixture.writeCache(dir, "mnist", train, test);
    withDjlCache(
        dir,
        () -> {
          DataSource source = sources(false).resolve("djl-mnist");
          assertTrue(source.describe().startsWith("MNIST (DJL) from DJL's cache "));
          ImageSet read = source.training();
          assertArrayEquals(train.pixels(), read.pixels());
          assertArrayEquals(train.labels(), read.labels());
          assertArrayEquals(test.labels(), source.test().orElseThrow().labels());
        });
  }

  private interface IoBlock {
    void run() throws IOException;
  }

  /** Points DJL's cache (read when used, not at start) at {@code cache} for the block. */
  private static void withDjlCache(Path cache, IoBlock block) throws IOException {
    Assumptions.assumeTrue(System.getenv("DJL_CACHE_DIR") == null, "DJL_CACHE_DIR is set");
    String before = System.getProperty("DJL_CACHE_DIR");
    System.setProperty("DJL_CACHE_DIR", cache.toString());
    try {
      assertEquals(cache, Utils.getCacheDir());
      block.run();
    } finally {
      if (before == null) {
        System.clearProperty("DJL_CACHE_DIR");
      } else {
        System.setProperty("DJL_CACHE_DIR", before);
      }
    }
  }
}
