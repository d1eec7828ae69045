package org.latentlab.latent.draw;

/**
 * MNIST's recipe for a digit (LeCun et al., "Gradient-based learning applied to document
 * recognition", 1998, and the MNIST page): the ink's bounding box is scaled so its larger side is
 * {@value #BOX} pixels, keeping the aspect ratio, with anti-aliased grey levels; the result is put
 * in a {@value #SIZE} × {@value #SIZE} field so that its centre of mass lies at the field's centre.
 *
 * <p>Pixels are rows of {@code width} floats in [0, 1], ink bright on a dark background (0 black, 1
 * white), as the models take them. A centre of mass is measured at pixel centres: pixel (x, y)
 * covers [x, x + 1) × [y, y + 1), so the field's centre is (14, 14).
 */
public final class MnistPreprocess {
  /** The output's side, in pixels. */
  public static final int SIZE = 28;

  /** The side the larger side of the ink's bounding box is scaled to. */
  public static final int BOX = 20;

  /** The message for a drawing with no ink. */
  public static final String EMPTY = "the drawing is empty: draw a digit first";

  // Grey below this is paper, not ink: scanner noise or anti-aliasing halos must not widen the box.
  private static final float INK = 0.05f;

  private MnistPreprocess() {}

  /**
   * The {@value #SIZE} × {@value #SIZE} digit of an image of any size.
   *
   * @param pixels {@code width * height} values in [0, 1], ink bright
   * @throws IllegalArgumentException {@link #EMPTY} when no pixel is ink, or when the sizes do not
   *     match
   */
  public static float[] of(float[] pixels, int width, int height) {
    if (width <= 0 || height <= 0 || pixels.length != width * height) {
      throw new IllegalArgumentException(
          "expected " + width + "×" + height + " pixels, got " + pixels.length);
    }
    int[] box = inkBox(pixels, width, height);
    if (box == null) {
      throw new IllegalArgumentException(EMPTY);
    }
    int bw = box[2] - box[0];
    int bh = box[3] - box[1];
    double scale = (double) BOX / Math.max(bw, bh);
    int tw = Math.max(1, (int) Math.round(bw * scale));
    int th = Math.max(1, (int) Math.round(bh * scale));
    float[] small = resample(pixels, width, box, tw, th);
    return centre(small, tw, th);
  }

  /**
   * The image scaled to fit a {@code size × size} square, keeping its aspect ratio and centred, on
   * black: how an opened image of any size is shown on the drawing pad.
   */
  public static float[] fit(float[] pixels, int width, int height, int size) {
    double scale = (double) size / Math.max(width, height);
    int tw = Math.max(1, Math.min(size, (int) Math.round(width * scale)));
    int th = Math.max(1, Math.min(size, (int) Math.round(height * scale)));
    float[] small = resample(pixels, width, new int[] {0, 0, width, height}, tw, th);
    float[] out = new float[size * size];
    int ox = (size - tw) / 2;
    int oy = (size - th) / 2;
    for (int y = 0; y < th; y++) {
      System.arraycopy(small, y * tw, out, (oy + y) * size + ox, tw);
    }
    return out;
  }

  /** [x0, y0, x1, y1) of the pixels brighter than {@link #INK}, or null if there are none. */
  private static int[] inkBox(float[] pixels, int width, int height) {
    int x0 = width;
    int y0 = height;
    int x1 = -1;
    int y1 = -1;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (pixels[y * width + x] > INK) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    return x1 < 0 ? null : new int[] {x0, y0, x1 + 1, y1 + 1};
  }

  /**
   * The box resampled to tw × th: each output pixel is the mean of the source area it covers (area
   * averaging, which anti-aliases a shrink), or a bilinear sample where the box is enlarged.
   */
  private static float[] resample(float[] src, int width, int[] box, int tw, int th) {
    int bw = box[2] - box[0];
    int bh = box[3] - box[1];
    double sx = (double) bw / tw;
    double sy = (double) bh / th;
    float[] out = new float[tw * th];
    for (int y = 0; y < th; y++) {
      for (int x = 0; x < tw; x++) {
        double v =
            sx >= 1 && sy >= 1
                ? areaMean(src, width, box, x * sx, (x + 1) * sx, y * sy, (y + 1) * sy)
                : bilinear(src, width, box, (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5);
        out[y * tw + x] = (float) Math.min(1, Math.max(0, v));
      }
    }
    return out;
  }

  private static double areaMean(
      float[] src, int width, int[] box, double ax, double bx, double ay, double by) {
    double sum = 0;
    double area = 0;
    for (int y = (int) Math.floor(ay); y < Math.ceil(by); y++) {
      double wy = Math.min(by, y + 1) - Math.max(ay, y);
      for (int x = (int) Math.floor(ax); x < Math.ceil(bx); x++) {
        double w = wy * (Math.min(bx, x + 1) - Math.max(ax, x));
        if (w > 0) {
          sum += w * src[(box[1] + y) * width + box[0] + x];
          area += w;
        }
      }
    }
    return area == 0 ? 0 : sum / area;
  }

  private static double bilinear(float[] src, int width, int[] box, double x, double y) {
    int bw = box[2] - box[0];
    int bh = box[3] - box[1];
    double cx = Math.min(bw - 1, Math.max(0, x));
    double cy = Math.min(bh - 1, Math.max(0, y));
    int x0 = (int) Math.floor(cx);
    int y0 = (int) Math.floor(cy);
    int x1 = Math.min(bw - 1, x0 + 1);
    int y1 = Math.min(bh - 1, y0 + 1);
    double fx = cx - x0;
    double fy = cy - y0;
    double top = lerp(at(src, width, box, x0, y0), at(src, width, box, x1, y0), fx);
    double bottom = lerp(at(src, width, box, x0, y1), at(src, width, box, x1, y1), fx);
    return lerp(top, bottom, fy);
  }

  private static double at(float[] src, int width, int[] box, int x, int y) {
    return src[(box[1] + y) * width + box[0] + x];
  }

  private static double lerp(double a, double b, double t) {
    return a + (b - a) * t;
  }

  /**
   * The small image pasted into the field so its centre of mass is nearest (14, 14): a whole-pixel
   * shift (as MNIST's), clamped so that no ink leaves the field.
   */
  private static float[] centre(float[] small, int tw, int th) {
    double[] c = centreOfMass(small, tw, th);
    int ox = clamp((int) Math.round(SIZE / 2.0 - c[0]), 0, SIZE - tw);
    int oy = clamp((int) Math.round(SIZE / 2.0 - c[1]), 0, SIZE - th);
    float[] out = new float[SIZE * SIZE];
    for (int y = 0; y < th; y++) {
      System.arraycopy(small, y * tw, out, (oy + y) * SIZE + ox, tw);
    }
    return out;
  }

  /**
   * The brightness-weighted mean of the pixel centres (x + ½, y + ½); the image's middle if it is
   * black.
   */
  public static double[] centreOfMass(float[] pixels, int width, int height) {
    double mass = 0;
    double mx = 0;
    double my = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double v = pixels[y * width + x];
        mass += v;
        mx += v * (x + 0.5);
        my += v * (y + 0.5);
      }
    }
    return mass == 0
        ? new double[] {width / 2.0, height / 2.0}
        : new double[] {mx / mass, my / mass};
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /**
   * The image with dark ink on light paper turned into light ink on dark paper, as MNIST's are; an
   * image already dark is returned unchanged. The paper is judged by the image's border, which a
   * digit seldom fills: a mean border grey above ½ is a light background.
   *
   * @return {@code pixels} itself when it is already dark, else a new inverted array
   */
  public static float[] invertIfLight(float[] pixels, int width, int height) {
    double sum = 0;
    int n = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (y == 0 || y == height - 1 || x == 0 || x == width - 1) {
          sum += pixels[y * width + x];
          n++;
        }
      }
    }
    if (n == 0 || sum / n <= 0.5) {
      return pixels;
    }
    float[] out = new float[pixels.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = 1 - pixels[i];
    }
    return out;
  }
}
