package org.latentlab.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Writes an export so that a failure (a read-only folder, a full disk) leaves no half-written file:
 * the bytes go to a hidden sibling, which is renamed over the target only once complete.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** What writes the bytes of a file. */
  @FunctionalInterface
  public interface Body {
    /** Writes the whole file to {@code out} (which the caller closes). */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * {@code file} with {@code extension} (".gif") added when its name does not end in it already, as
   * the save dialogs do for a name typed without one.
   */
  public static Path withExtension(Path file, String extension) {
    String name = String.valueOf(file.getFileName());
    return name.toLowerCase(Locale.ROOT).endsWith(extension)
        ? file
        : file.resolveSibling(name + extension);
  }

  /**
   * Checks, before any work is done, that a file could be written as {@code file}: it is not a
   * folder, and its folder exists (or can be made) and is writable.
   *
   * @param extension the kind of file, for the message about a folder (".png")
   * @return the absolute path
   * @throws IOException naming the path the user gave and what is wrong with it
   */
  public static Path checkWritable(Path file, String extension) throws IOException {
    Path target = file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new IOException(file + " is a folder; name a " + extension + " file to write");
    }
    Path parent = target.getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new IOException("cannot write " + file + ": cannot create its folder " + parent, e);
    }
    // Files.isWritable trusts permission bits, which say yes to root in /proc: try it instead.
    Path probe =
        target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".probe");
    try {
      Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW).close();
    } catch (IOException e) {
      throw new IOException("cannot write " + file + ": cannot create a file in " + parent, e);
    } finally {
      Files.deleteIfExists(probe);
    }
    return target;
  }

  /**
   * Writes {@code file} through {@code body}: to a sibling first, renamed into place when complete;
   * on any failure the sibling is deleted and an existing {@code file} is left as it was.
   *
   * @param extension the kind of file, for the message about a folder (".png")
   * @throws IOException "cannot write FILE: REASON"
   */
  public static void write(Path file, String extension, Body body) throws IOException {
    Path target = checkWritable(file, extension);
    // Not Files.createTempFile: its owner-only permissions would stay with the renamed file.
    Path tmp =
        target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part");
    try {
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW), 1 << 16)) {
        body.writeTo(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IOException("cannot write " + file + ": " + reason(e), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
