package org.latentlab.ui.fx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves what the explorer shows as PNG: the image is taken on the FX thread (snapshot or off-screen
 * render), the file is written on the background executor.
 */
public final class PngExport {
  private final Dialogs dialogs;
  private final UiThreads threads;

  /**
   * An exporter asking for file names through {@code dialogs}.
   *
   * @param dialogs file chooser and error reporting
   * @param threads where the file is written, and where errors are reported
   */
  public PngExport(Dialogs dialogs, UiThreads threads) {
    this.dialogs = dialogs;
    this.threads = threads;
  }

  /**
   * The file name a plot titled {@code title} is offered under: "Variational autoencoder" becomes
   * "variational-autoencoder.png" (lower case, runs of other characters one hyphen).
   */
  public static String fileName(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".png";
  }

  /** Asks for a file and saves the image {@code render} makes (called on the FX thread). */
  public void save(Node owner, String suggestedName, Supplier<? extends Image> render) {
    var window = owner.getScene() == null ? null : owner.getScene().getWindow();
    dialogs
        .choosePngFile(window, suggestedName)
        .ifPresent(
            file -> {
              Image image = render.get();
              threads
                  .background()
                  .execute(
                      () -> {
                        try {
                          write(image, file);
                        } catch (IOException | RuntimeException e) {
                          threads
                              .fx()
                              .execute(
                                  () ->
                                      dialogs.showError(
                                          window,
                                          "Could not save "
                                              + file.getFileName()
                                              + ": "
                                              + e.getMessage()));
                        }
                      });
            });
  }

  /** Writes an image as PNG. */
  public static void write(Image image, Path file) throws IOException {
    Path target = checkWritable(file);
    // Written beside the target and renamed into place, so a failed write leaves no half a PNG.
    // Not Files.createTempFile: its owner-only permissions would stay with the renamed file.
    Path tmp =
        target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part");
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
          throw new IOException("no PNG writer available");
        }
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IOException("cannot write " + file + ": " + reason(e), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Checks, before any work is done, that a PNG could be written as {@code file}: it is not a
   * folder, and its folder exists (or can be made) and is writable.
   *
   * @return the absolute path
   * @throws IOException naming the path the user gave and what is wrong with it
   */
  public static Path checkWritable(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new IOException(file + " is a folder; name a .png file to write");
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

  private static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** A snapshot of a node on a white page (call on the FX thread). */
  public static WritableImage snapshot(Node node) {
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Theme.PAGE);
    return node.snapshot(params, null);
  }
}
