package org.latentlab.latent;

/**
 * Maps a latent-plane rectangle onto a pixel rectangle and back. Screen y grows downwards, data y
 * upwards, so the top edge of the screen rectangle shows {@code view.yMax()}.
 *
 * @param view the data rectangle that is visible
 * @param left pixel x of the left edge
 * @param top pixel y of the top edge
 * @param width pixel width, positive
 * @param height pixel height, positive
 */
public record ScreenTransform(Bounds view, double left, double top, double width, double height) {

  /** Rejects empty pixel rectangles. */
  public ScreenTransform {
    if (!(width > 0 && height > 0)) {
      throw new IllegalArgumentException("screen area must be positive: " + width + "x" + height);
    }
  }

  /** Pixel x of data x. */
  public double screenX(double x) {
    return left + (x - view.xMin()) / view.width() * width;
  }

  /** Pixel y of data y. */
  public double screenY(double y) {
    return top + (view.yMax() - y) / view.height() * height;
  }

  /** Data x at pixel x. */
  public double dataX(double sx) {
    return view.xMin() + (sx - left) / width * view.width();
  }

  /** Data y at pixel y. */
  public double dataY(double sy) {
    return view.yMax() - (sy - top) / height * view.height();
  }

  /** Data units per pixel horizontally. */
  public double unitsPerPixelX() {
    return view.width() / width;
  }

  /** Data units per pixel vertically. */
  public double unitsPerPixelY() {
    return view.height() / height;
  }

  /** Whether pixel (sx, sy) lies in the screen rectangle. */
  public boolean containsScreen(double sx, double sy) {
    return sx >= left && sx <= left + width && sy >= top && sy <= top + height;
  }
}
