package org.latentlab.data;

import ai.djl.basicdataset.BasicDatasets;
import ai.djl.basicdataset.cv.classification.FashionMnist;
import ai.djl.basicdataset.cv.classification.Mnist;
import ai.djl.ndarray.NDManager;
import ai.djl.repository.Repository;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset.Usage;
import ai.djl.translate.TranslateException;
import ai.djl.util.Utils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.latentlab.model.EngineSetup;

/**
 * DJL's own MNIST or Fashion-MNIST ({@code ai.djl.basicdataset}), copied into {@link ImageSet}s.
 *
 * <p>Without a repository folder, DJL's datasets come from DJL's remote repository through DJL's
 * cache ({@code ~/.djl.ai/cache/repo}, or {@code DJL_CACHE_DIR}). DJL downloads whatever is missing
 * there, even in its offline mode, so LatentLab only lets it do so when the user asked for
 * downloads ({@link DataSources.Settings#djlOnline()}); otherwise the data must already be in the
 * cache. With a repository folder, see {@link LocalDjlRepository}.
 */
final class DjlSource implements DataSource {
  /** The two DJL datasets. */
  enum Kind {
    MNIST("djl-mnist", "mnist", "MNIST", ClassNames.DIGITS),
    FASHION("djl-fashion", "fashmnist", "Fashion-MNIST", ClassNames.FASHION);

    final String spec;
    final String artifactId;
    final String dataName;
    final String title;
    final List<String> classNames;

    Kind(String spec, String artifactId, String dataName, List<String> classNames) {
      this.spec = spec;
      this.artifactId = artifactId;
      this.dataName = dataName;
      this.title = dataName + " (DJL)";
      this.classNames = classNames;
    }
  }

  // Copy this many images per NDArray slice, so the float copy stays small next to the bytes.
  private static final int CHUNK = 5000;
  private static final int PIXELS = 28 * 28;

  private final Kind kind;
  private final Path repositoryFolder;
  private final boolean online;

  private DjlSource(Kind kind, Path repositoryFolder, boolean online) {
    this.kind = kind;
    this.repositoryFolder = repositoryFolder;
    this.online = online;
  }

  /**
   * Checks that the data can be had without a surprise download.
   *
   * @param repositoryFolder a local DJL repository, or null for DJL's remote one via its cache
   * @param online whether DJL may download
   */
  static DjlSource open(Kind kind, Path repositoryFolder, boolean online)
      throws DataSourceException {
    if (repositoryFolder != null) {
      LocalDjlRepository.open(
          repositoryFolder, kind.artifactId, kind.classNames, spec(kind, repositoryFolder));
    } else if (!online && !isCached(kind)) {
      throw new DataSourceException(
          kind.spec
              + ": DJL's "
              + kind.dataName
              + " is not in DJL's cache ("
              + cacheFolder(kind)
              + ") and LatentLab does not download unless asked; set LATENTLAB_DJL_ONLINE=true"
              + " (or -Dlatentlab.djl.online=true) to let DJL download it, or use "
              + kind.spec
              + ":<folder> with a local DJL repository");
    }
    return new DjlSource(kind, repositoryFolder, online);
  }

  /** Where DJL keeps its download of this dataset: metadata.json and the 1.0 folder. */
  static Path cacheFolder(Kind kind) {
    return Utils.getCacheDir()
        .resolve("cache/repo")
        .resolve(LocalDjlRepository.GROUP_PATH)
        .resolve(kind.artifactId);
  }

  private static boolean isCached(Kind kind) {
    Path dir = cacheFolder(kind);
    // DJL's own test: with metadata cached (and offline mode on) and the version folder present,
    // it neither fetches metadata nor downloads.
    return Files.isRegularFile(dir.resolve("metadata.json"))
        && Files.isDirectory(dir.resolve("1.0"));
  }

  private static String spec(Kind kind, Path folder) {
    return kind.spec + ":" + folder;
  }

  @Override
  public String describe() {
    if (repositoryFolder != null) {
      return kind.title + " from the DJL repository " + repositoryFolder;
    }
    return kind.title
        + (online ? " (DJL may download it)" : " from DJL's cache " + cacheFolder(kind));
  }

  @Override
  public List<String> classNames() {
    return kind.classNames;
  }

  @Override
  public ImageSet training() throws IOException {
    return load(Usage.TRAIN, kind.title + " train");
  }

  @Override
  public Optional<ImageSet> test() throws IOException {
    return Optional.of(load(Usage.TEST, kind.title + " test"));
  }

  private ImageSet load(Usage usage, String name) throws IOException {
    String spec = repositoryFolder == null ? kind.spec : spec(kind, repositoryFolder);
    Repository repository =
        repositoryFolder == null
            ? BasicDatasets.REPOSITORY
            : LocalDjlRepository.open(repositoryFolder, kind.artifactId, kind.classNames, spec);
    // DJL's dataset builders start the engine: it must start offline and without tracking.
    try (NDManager manager = EngineSetup.engine().newBaseManager()) {
      ArrayDataset dataset = build(repository, manager, usage);
      try {
        dataset.prepare();
      } catch (TranslateException e) {
        throw new DataSourceException(
            spec + ": DJL could not prepare the data: " + e.getMessage(), e);
      }
      return copy(dataset, manager, name);
    }
  }

  private ArrayDataset build(Repository repository, NDManager manager, Usage usage) {
    if (kind == Kind.MNIST) {
      return Mnist.builder()
          .optManager(manager)
          .optRepository(repository)
          .optUsage(usage)
          .setSampling(CHUNK, false)
          .build();
    }
    return FashionMnist.builder()
        .optManager(manager)
        .optRepository(repository)
        .optUsage(usage)
        .setSampling(CHUNK, false)
        .build();
  }

  /** DJL holds the images as float32 0..255 of shape (n, 28, 28, 1) and the labels as float32. */
  private ImageSet copy(ArrayDataset dataset, NDManager manager, String name)
      throws DataSourceException {
    int n = Math.toIntExact(dataset.size());
    byte[] pixels = new byte[n * PIXELS];
    int[] labels = new int[n];
    for (int from = 0; from < n; from += CHUNK) {
      int to = Math.min(n, from + CHUNK);
      try (NDManager slice = manager.newSubManager();
          Batch batch = dataset.getByRange(slice, from, to)) {
        float[] values = batch.getData().head().toFloatArray();
        float[] classes = batch.getLabels().head().toFloatArray();
        if (values.length != (to - from) * PIXELS || classes.length != to - from) {
          throw new DataSourceException(
              name + ": DJL gave " + values.length + " values for " + (to - from) + " images");
        }
        for (int p = 0; p < values.length; p++) {
          pixels[from * PIXELS + p] = (byte) Math.round(values[p]);
        }
        for (int i = 0; i < classes.length; i++) {
          int label = Math.round(classes[i]);
          if (label < 0 || label >= kind.classNames.size()) {
            throw new DataSourceException(
                name + ": DJL gave label " + label + " for image " + (from + i) + ", not a class");
          }
          labels[from + i] = label;
        }
      }
    }
    return new ImageSet(name, 28, 28, pixels, labels, kind.classNames);
  }
}
