package org.latentlab.data;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Checks that a path the user named is a file LatentLab can read, and says what it is if not. */
final class DataFiles {
  private DataFiles() {}

  /**
   * Checks that {@code file} is a regular file.
   *
   * @throws DataSourceException naming the path and what it is instead: missing, a folder, or a
   *     device, pipe or socket (whose bytes never end or are not a file's)
   */
  static void checkRegularFile(Path file) throws DataSourceException {
    if (Files.isRegularFile(file)) {
      return;
    }
    if (!Files.exists(file)) {
      throw new DataSourceException("no such file: " + file);
    }
    if (Files.isDirectory(file)) {
      throw new DataSourceException(file + " is a folder, not an IDX file");
    }
    String what =
        Files.isSymbolicLink(file) && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)
            ? "a broken link"
            : "a device, pipe or socket";
    throw new DataSourceException(file + " is " + what + ", not an IDX file");
  }
}
