package org.latentlab.ui.fx;

import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Grey-scale images from pixel probabilities, shown enlarged with crisp (unsmoothed) pixels. */
public final class PixelImages {
  private PixelImages() {}

  /** An image of {@code rows × cols} values in [0, 1]: 0 black, 1 white (MNIST's look). */
  public static WritableImage grey(float[] pixels, int rows, int cols) {
    return grey(pixels, rows, cols, 1);
  }

  /**
   * The image enlarged {@code scale} times by repeating each pixel: square, crisp pixels on every
   * rendering pipeline (the software pipeline ignores {@link ImageView#setSmooth(boolean)}).
   */
  public static WritableImage grey(float[] pixels, int rows, int cols, int scale) {
    int w = cols * scale;
    WritableImage img = new WritableImage(w, rows * scale);
    int[] argb = new int[w * rows * scale];
    write(img, argb, pixels, rows, cols, scale);
    return img;
  }

  /**
   * Writes the enlarged image into {@code img} (its size must fit), using {@code argb} as scratch.
   */
  static void write(WritableImage img, int[] argb, float[] pixels, int rows, int cols, int scale) {
    enlarge(argb, pixels, rows, cols, scale);
    int w = cols * scale;
    img.getPixelWriter()
        .setPixels(0, 0, w, rows * scale, PixelFormat.getIntArgbInstance(), argb, 0, w);
  }

  /**
   * Fills {@code argb} (row-major, {@code cols × scale} wide) with the image enlarged {@code scale}
   * times: each source row is drawn once and copied to the rows below it. The greys are opaque, so
   * the values are the same premultiplied or not.
   */
  static void enlarge(int[] argb, float[] pixels, int rows, int cols, int scale) {
    int w = cols * scale;
    for (int r = 0; r < rows; r++) {
      int first = r * scale * w;
      for (int c = 0; c < cols; c++) {
        java.util.Arrays.fill(
            argb, first + c * scale, first + (c + 1) * scale, greyArgb(pixels[r * cols + c]));
      }
      for (int dy = 1; dy < scale; dy++) {
        System.arraycopy(argb, first, argb, first + dy * w, w);
      }
    }
  }

  /** The image enlarged by the whole factor that brings it closest to {@code size} pixels. */
  public static WritableImage crisp(float[] pixels, int rows, int cols, double size) {
    return grey(pixels, rows, cols, scaleFor(rows, cols, size));
  }

  static int scaleFor(int rows, int cols, double size) {
    return (int) Math.max(1, Math.round(size / Math.max(rows, cols)));
  }

  /**
   * One enlarged image rewritten in place on every update, for views that change with each mouse
   * event (a drag shows up to ~125 images a second): no new image and buffer per update, so no
   * garbage collections of them during the drag. The image is backed by a {@link PixelBuffer} in
   * the renderer's own format (INT_ARGB_PRE), so an update is written once, straight where the
   * renderer reads it, with no conversion between pixel formats on either thread.
   */
  public static final class Live {
    private final double size;
    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;

    public Live(double size) {
      this.size = size;
    }

    /**
     * The image showing {@code pixels} (the same image as last time when the size is unchanged).
     * Call on the FX thread.
     */
    public WritableImage show(float[] pixels, int rows, int cols) {
      int scale = scaleFor(rows, cols, size);
      int w = cols * scale;
      int h = rows * scale;
      if (image == null || buffer.getWidth() != w || buffer.getHeight() != h) {
        buffer =
            new PixelBuffer<>(w, h, IntBuffer.allocate(w * h), PixelFormat.getIntArgbPreInstance());
        image = new WritableImage(buffer);
      }
      int[] argb = buffer.getBuffer().array();
      buffer.updateBuffer(
          b -> {
            enlarge(argb, pixels, rows, cols, scale);
            return null; // all of it changed
          });
      return image;
    }
  }

  /**
   * Tiles laid out row by row into one image of {@code n × n} tiles, tile k at row k / n, column k
   * % n.
   */
  public static WritableImage mosaic(float[][] tiles, int n, int rows, int cols) {
    int width = n * cols;
    WritableImage img = new WritableImage(width, n * rows);
    int[] argb = new int[width * n * rows];
    for (int k = 0; k < tiles.length; k++) {
      int x0 = (k % n) * cols;
      int y0 = (k / n) * rows;
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          argb[(y0 + r) * width + x0 + c] = greyArgb(tiles[k][r * cols + c]);
        }
      }
    }
    img.getPixelWriter()
        .setPixels(0, 0, width, n * rows, PixelFormat.getIntArgbInstance(), argb, 0, width);
    return img;
  }

  private static int greyArgb(float v) {
    int g = Math.round(Math.max(0f, Math.min(1f, v)) * 255);
    return 0xFF000000 | g << 16 | g << 8 | g;
  }

  /**
   * An image view of the given size that scales without smoothing where the pipeline allows it;
   * give it images from {@link #crisp} so no scaling is left to do.
   */
  public static ImageView crispView(double size) {
    ImageView view = new ImageView();
    view.setFitWidth(size);
    view.setFitHeight(size);
    view.setPreserveRatio(true);
    view.setSmooth(false);
    return view;
  }
}
