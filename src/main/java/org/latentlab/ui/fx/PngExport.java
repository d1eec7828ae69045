package org.latentlab.ui.fx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.latentlab.export.AtomicFiles;

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

  /**
   * Asks for a file and a scale, and saves the image {@code render} makes at screen size, enlarged
   * pixel by pixel to the chosen scale (called on the FX thread). For renders that cannot draw
   * larger themselves; a node on screen saves sharper through {@link #save(Node, String, Node)}.
   */
  public void save(Node owner, String suggestedName, Supplier<? extends Image> render) {
    saveScaled(owner, suggestedName, scale -> enlarge(render.get(), scale));
  }

  /**
   * Asks for a file and a scale, and saves a snapshot of {@code figure} drawn at that scale, so
   * text and lines stay sharp at 2× and 4× (called on the FX thread).
   */
  public void save(Node owner, String suggestedName, Node figure) {
    saveScaled(owner, suggestedName, scale -> snapshot(figure, scale));
  }

  /**
   * Asks for a file and a scale, and saves what {@code render} draws at that scale (1, 2 or 4):
   * renders that can draw themselves larger, such as the planes and grids, whose text and lines
   * then stay sharp (called on the FX thread).
   */
  public void saveRendered(Node owner, String suggestedName, IntFunction<? extends Image> render) {
    saveScaled(owner, suggestedName, render);
  }

  private void saveScaled(Node owner, String suggestedName, IntFunction<? extends Image> render) {
    var window = owner.getScene() == null ? null : owner.getScene().getWindow();
    dialogs
        .choosePng(window, suggestedName)
        .ifPresent(
            target -> {
              Path file = target.file();
              Image image = render.apply(target.scale());
              threads
                  .background()
                  .execute(
                      () -> {
                        String message;
                        boolean saved = false;
                        try {
                          write(image, file);
                          message = savedMessage(file, image);
                          saved = true;
                        } catch (IOException | RuntimeException e) {
                          message = "Could not save " + file.getFileName() + ": " + e.getMessage();
                        }
                        String line = message;
                        boolean ok = saved;
                        threads
                            .fx()
                            .execute(
                                () -> {
                                  if (ok) {
                                    dialogs.showInfo(window, line);
                                  } else {
                                    dialogs.showError(window, line);
                                  }
                                });
                      });
            });
  }

  /** "Saved interpolation.png (1778×252) to /home/ada/figures". */
  static String savedMessage(Path file, Image image) {
    Path folder = file.toAbsolutePath().getParent();
    return "Saved "
        + file.getFileName()
        + " ("
        + (int) image.getWidth()
        + "\u00d7"
        + (int) image.getHeight()
        + ") to "
        + folder;
  }

  /** {@code image} with every pixel repeated {@code scale} × {@code scale} times. */
  static Image enlarge(Image image, int scale) {
    if (scale <= 1) {
      return image;
    }
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] row = new int[w];
    int[] big = new int[w * scale];
    WritableImage out = new WritableImage(w * scale, h * scale);
    PixelReader reader = image.getPixelReader();
    PixelWriter writer = out.getPixelWriter();
    for (int y = 0; y < h; y++) {
      reader.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
      for (int x = 0; x < w * scale; x++) {
        big[x] = row[x / scale];
      }
      for (int k = 0; k < scale; k++) {
        writer.setPixels(
            0, y * scale + k, w * scale, 1, PixelFormat.getIntArgbInstance(), big, 0, 0);
      }
    }
    return out;
  }

  /**
   * Writes an image as PNG, atomically ({@link AtomicFiles}): a failed write leaves no half a PNG.
   */
  public static void write(Image image, Path file) throws IOException {
    AtomicFiles.write(
        file,
        ".png",
        out -> {
          if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
            throw new IOException("no PNG writer available");
          }
        });
  }

  /**
   * Checks, before any work is done, that a PNG could be written as {@code file}: it is not a
   * folder, and its folder exists (or can be made) and is writable.
   *
   * @return the absolute path
   * @throws IOException naming the path the user gave and what is wrong with it
   */
  public static Path checkWritable(Path file) throws IOException {
    return AtomicFiles.checkWritable(file, ".png");
  }

  /** A snapshot of a node on a white page (call on the FX thread). */
  public static WritableImage snapshot(Node node) {
    return snapshot(node, 1);
  }

  /**
   * A snapshot of a node on a white page, drawn {@code scale} times larger than on screen (call on
   * the FX thread).
   */
  public static WritableImage snapshot(Node node, double scale) {
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Theme.PAGE);
    if (scale != 1) {
      params.setTransform(Transform.scale(scale, scale));
    }
    return node.snapshot(params, null);
  }
}
