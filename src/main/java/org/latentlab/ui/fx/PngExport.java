package org.latentlab.ui.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves what the explorer shows as PNG: the image is taken on the FX thread (snapshot or
 * off-screen render), the file is written on the background executor.
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

  /** Asks for a file and saves the image {@code render} makes (called on the FX thread). */
  public void save(Node owner, String suggestedName, Supplier<? extends Image> render) {
    var window = owner.getScene() == null ? null : owner.getScene().getWindow();
    dialogs.choosePngFile(window, suggestedName).ifPresent(file -> {
      Image image = render.get();
      threads.background().execute(() -> {
        try {
          write(image, file);
        } catch (IOException | RuntimeException e) {
          threads.fx().execute(() -> dialogs.showError(window,
              "Could not save " + file.getFileName() + ": " + e.getMessage()));
        }
      });
    });
  }

  /** Writes an image as PNG. */
  public static void write(Image image, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
      throw new IOException("no PNG writer available");
    }
  }

  /** A snapshot of a node on a white page (call on the FX thread). */
  public static WritableImage snapshot(Node node) {
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Theme.PAGE);
    return node.snapshot(params, null);
  }
}
