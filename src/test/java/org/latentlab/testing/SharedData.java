package org.latentlab.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.latentlab.data.ClassNames;
import org.latentlab.data.IdxReader;
import org.latentlab.data.ImageSet;

/**
 * The official MNIST test set, read from {@code ../shared/data/mnist-t10k/} (never copied into the
 * project). Tests that need it are skipped, with the reason, when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The folder that holds the t10k files (system property {@code latentlab.shared.dir}). */
  public static Path mnistTestDir() {
    String shared = System.getProperty("latentlab.shared.dir", "../shared");
    return Path.of(shared, "data", "mnist-t10k");
  }

  /** The t10k images file. */
  public static Path images() {
    return mnistTestDir().resolve("t10k-images-idx3-ubyte.gz");
  }

  /** The t10k labels file. */
  public static Path labels() {
    return mnistTestDir().resolve("t10k-labels-idx1-ubyte.gz");
  }

  /** The official MNIST test set, or a skipped test when it is not on this machine. */
  public static ImageSet mnistTestSetOrSkip() throws IOException {
    assumeTrue(
        Files.isRegularFile(images()) && Files.isRegularFile(labels()),
        "official MNIST test set not found at "
            + mnistTestDir().toAbsolutePath()
            + ": skipping evaluation on held-out data");
    return IdxReader.readImageSet(images(), labels(), "MNIST t10k", ClassNames.DIGITS);
  }
}
