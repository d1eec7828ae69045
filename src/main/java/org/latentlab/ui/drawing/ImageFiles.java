package org.latentlab.ui.drawing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.latentlab.latent.draw.MnistPreprocess;

/**
 * Reads an image file (PNG, JPEG, anything ImageIO reads) as grey levels with light ink on dark
 * paper, refusing what cannot be a digit picture with one line. Runs off the FX thread.
 */
final class ImageFiles {
  /** The largest side accepted: a 4096² image is 64 MB of pixels as ARGB. */
  static final int MAX_SIDE = 4096;

  /** The smallest side accepted: below it there is no digit to see. */
  static final int MIN_SIDE = 8;

  private ImageFiles() {}

  /** Grey levels of an opened image, in [0, 1], ink bright. */
  record Grey(float[] pixels, int width, int height) {}

  /** A file that is not an image the pad can take; the message is one line for the user. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** Reads {@code file}, checking its size before decoding its pixels. */
  static Grey read(Path file) throws Refused {
    String name = String.valueOf(file.getFileName());
    if (!Files.isRegularFile(file)) {
      throw new Refused("Could not open " + name + ": no such file");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new Refused(name + " is not an image: open a PNG or JPEG file");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        checkSize(name, w, h);
        return grey(reader.read(0));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // A truncated or corrupt file fails inside the decoder with its own words.
      throw new Refused(name + " is not an image that can be read: open a PNG or JPEG file");
    }
  }

  static void checkSize(String name, int w, int h) throws Refused {
    if (w > MAX_SIDE || h > MAX_SIDE) {
      throw new Refused(
          String.format(
              "%s is %d×%d pixels: open an image of at most %d×%d",
              name, w, h, MAX_SIDE, MAX_SIDE));
    }
    if (w < MIN_SIDE || h < MIN_SIDE) {
      throw new Refused(
          String.format(
              "%s is %d×%d pixels: open an image of at least %d×%d",
              name, w, h, MIN_SIDE, MIN_SIDE));
    }
  }

  /** The image's luminance with transparency over white paper, inverted when the paper is light. */
  static Grey grey(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    float[] px = new float[w * h];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int argb = row[x];
        double a = (argb >>> 24) / 255.0;
        double lum =
            (0.299 * (argb >> 16 & 0xFF) + 0.587 * (argb >> 8 & 0xFF) + 0.114 * (argb & 0xFF))
                / 255.0;
        px[y * w + x] = (float) (a * lum + (1 - a));
      }
    }
    return new Grey(MnistPreprocess.invertIfLight(px, w, h), w, h);
  }
}
