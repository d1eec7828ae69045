package org.latentlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A folder with the four files of MNIST's distribution: {@code train-images-idx3-ubyte[.gz]},
 * {@code train-labels-idx1-ubyte[.gz]} and, optionally, the {@code t10k-} pair as the test split.
 */
final class IdxFolderSource implements DataSource {
  static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
  static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
  static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
  static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

  private final Path folder;
  private final String title;
  private final List<String> classNames;

  private IdxFolderSource(Path folder, String title, List<String> classNames) {
    this.folder = folder;
    this.title = title;
    this.classNames = List.copyOf(classNames);
  }

  /**
   * Checks that {@code folder} holds a training pair.
   *
   * @param title the sets' name without "train"/"test"
   * @param notFound what to tell the user when the folder or a file is missing, after the list of
   *     missing files (where to get the data)
   */
  static IdxFolderSource open(Path folder, String title, List<String> classNames, String notFound)
      throws DataSourceException {
    for (String base : List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS)) {
      checkUnambiguous(folder, base);
    }
    List<String> missing = new ArrayList<>();
    for (String base : List.of(TRAIN_IMAGES, TRAIN_LABELS)) {
      if (find(folder, base).isEmpty()) {
        missing.add(base + "[.gz]");
      }
    }
    if (!missing.isEmpty()) {
      throw new DataSourceException(
          folder + ": missing " + String.join(" and ", missing) + "; " + notFound);
    }
    return new IdxFolderSource(folder, title, classNames);
  }

  @Override
  public String describe() {
    return title + " in " + folder;
  }

  @Override
  public List<String> classNames() {
    return classNames;
  }

  /**
   * Reads the training pair. A test split that is there must be sound too: training on a folder
   * whose {@code t10k-} pair is damaged would otherwise leave the damage to be found later, by an
   * evaluation that quietly has no test set.
   */
  @Override
  public ImageSet training() throws IOException {
    ImageSet train = read(TRAIN_IMAGES, TRAIN_LABELS, title + " train");
    try {
      test();
    } catch (IOException e) {
      throw new DataSourceException(
          e.getMessage()
              + "; the test split of "
              + folder
              + " is damaged: fix or remove the t10k-"
              + " pair",
          e);
    }
    return train;
  }

  @Override
  public Optional<ImageSet> test() throws IOException {
    Optional<Path> images = find(folder, TEST_IMAGES);
    Optional<Path> labels = find(folder, TEST_LABELS);
    if (images.isEmpty() && labels.isEmpty()) {
      return Optional.empty();
    }
    if (images.isEmpty() || labels.isEmpty()) {
      String has = images.isPresent() ? TEST_IMAGES : TEST_LABELS;
      String lacks = images.isPresent() ? TEST_LABELS : TEST_IMAGES;
      throw new DataSourceException(
          folder + ": has " + has + " but no " + lacks + "[.gz]; a test split needs both");
    }
    return Optional.of(
        IdxReader.readImageSet(images.get(), labels.get(), title + " test", classNames));
  }

  private ImageSet read(String imagesBase, String labelsBase, String name) throws IOException {
    Path images = find(folder, imagesBase).orElseThrow(() -> gone(imagesBase));
    Path labels = find(folder, labelsBase).orElseThrow(() -> gone(labelsBase));
    return IdxReader.readImageSet(images, labels, name, classNames);
  }

  private DataSourceException gone(String base) {
    return new DataSourceException(folder + ": " + base + "[.gz] has disappeared");
  }

  /**
   * Refuses a folder that holds both {@code base} and {@code base.gz}: which one is meant cannot be
   * known, and the two may differ.
   */
  private static void checkUnambiguous(Path folder, String base) throws DataSourceException {
    if (Files.exists(folder.resolve(base)) && Files.exists(folder.resolve(base + ".gz"))) {
      throw new DataSourceException(
          folder + ": has both " + base + " and " + base + ".gz; keep one of them");
    }
  }

  /** The file {@code base} or {@code base.gz} in {@code folder}. */
  static Optional<Path> find(Path folder, String base) {
    for (String name : List.of(base, base + ".gz")) {
      Path p = folder.resolve(name);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
