package org.latentlab.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A small native library shipped inside the jar (the MKL vendor shim, the fused Adam step), made a
 * file that the dynamic loader can open.
 */
public final class BundledNativeLibrary {
  private BundledNativeLibrary() {}

  /**
   * The library at class-path {@code resource} as a private file named by its hash, in the user's
   * cache folder ({@code $XDG_CACHE_HOME} or {@code ~/.cache}, then {@code latentlab/native/}),
   * written to a sibling and renamed into place so a concurrent start never loads half a file; a
   * temporary file when the cache folder is not writable.
   *
   * @param name the file's name ("liblatentlab_mkl_shim.so")
   * @throws IOException if the resource is missing or no file can be written
   */
  public static Path extract(String resource, String name) throws IOException {
    byte[] bytes;
    try (InputStream in = BundledNativeLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("the native library " + resource + " is not on the class path");
      }
      bytes = in.readAllBytes();
    }
    String sha = ModelFolder.sha256(bytes);
    try {
      Path dir = cacheDir().resolve(sha.substring(0, 16));
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file) && sha.equals(ModelFolder.sha256(Files.readAllBytes(file)))) {
        return file;
      }
      Files.createDirectories(dir);
      Path part = Files.createTempFile(dir, "." + name, ".part");
      try {
        Files.write(part, bytes);
        Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("r-x------"));
        ModelFolder.move(part, file);
      } finally {
        Files.deleteIfExists(part);
      }
      return file;
    } catch (IOException | UnsupportedOperationException e) {
      Path tmp = Files.createTempFile(name.replace(".so", "-"), ".so");
      tmp.toFile().deleteOnExit();
      Files.write(tmp, bytes);
      return tmp;
    }
  }

  private static Path cacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("latentlab").resolve("native");
  }
}
