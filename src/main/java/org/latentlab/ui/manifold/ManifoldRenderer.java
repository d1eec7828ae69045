package org.latentlab.ui.manifold;

import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.NormalDistribution;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.latent.Ticks;
import org.latentlab.ui.fx.PixelImages;
import org.latentlab.ui.fx.Theme;
import org.latentlab.ui.plane.PlaneOverlays;
import org.latentlab.ui.plane.PlotFrame;

/**
 * Draws a decoded n × n mosaic with the axes of the plane area it covers onto any {@link
 * GraphicsContext}; for the Gaussian-quantile grid the ticks sit where Φ puts round z values.
 */
final class ManifoldRenderer {
  private ManifoldMosaic cached;
  private WritableImage image;

  /** Renders a mosaic off-screen (on the FX thread) into an image of the given size. */
  static WritableImage render(ManifoldMosaic mosaic, String title, int width, int height) {
    return render(mosaic, title, width, height, 1);
  }

  /** Like {@link #render(ManifoldMosaic, String, int, int)}, drawn {@code scale} times larger. */
  static WritableImage render(
      ManifoldMosaic mosaic, String title, int width, int height, int scale) {
    Canvas canvas = new Canvas(width * scale, height * scale);
    javafx.scene.canvas.GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.scale(scale, scale);
    new ManifoldRenderer().draw(gc, mosaic, title, width, height);
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Theme.PAGE);
    return canvas.snapshot(params, null);
  }

  /**
   * Where the mosaic lies on a {@code width × height} surface: as large as fits, with the area's
   * shape (equal units per pixel, like the scatter), or square for the Gaussian grid.
   */
  static ScreenTransform frame(Bounds area, double width, double height, boolean titled) {
    Rectangle2D room = PlotFrame.room(width, height, titled);
    double aspect = area == null ? 1 : area.width() / area.height();
    double w = Math.min(room.getWidth(), room.getHeight() * aspect);
    double h = w / aspect;
    double left = room.getMinX() + (room.getWidth() - w) / 2;
    return new ScreenTransform(
        area == null ? new Bounds(0, 1, 0, 1) : area, left, room.getMinY(), w, h);
  }

  /** The mosaic image of the last drawing (tests). */
  WritableImage mosaicImage() {
    return image;
  }

  /** Draws the mosaic and its axes; an empty frame while {@code mosaic} is null. */
  void draw(GraphicsContext gc, ManifoldMosaic mosaic, String title, double width, double height) {
    ScreenTransform t = frame(mosaic == null ? null : mosaic.area(), width, height, title != null);
    gc.save();
    PlotFrame.page(gc, width, height, title, t);
    if (mosaic != null) {
      if (mosaic != cached) {
        int n = mosaic.grid().n();
        image = PixelImages.mosaic(mosaic.tiles(), n, mosaic.rows(), mosaic.cols());
        cached = mosaic;
      }
      // Crisp when enlarging; smooth when shrinking, where dropping pixels would alias.
      gc.setImageSmoothing(t.width() < image.getWidth());
      gc.drawImage(image, t.left(), t.top(), t.width(), t.height());
      if (mosaic.gaussian()) {
        gaussianAxes(gc, t, mosaic);
      } else {
        double[] xt = Ticks.of(t.view().xMin(), t.view().xMax(), (int) Math.max(2, t.width() / 90));
        double[] yt =
            Ticks.of(t.view().yMin(), t.view().yMax(), (int) Math.max(2, t.height() / 70));
        PlotFrame.axes(gc, t, xt, yt, mosaic.xLabel(), mosaic.yLabel());
      }
    }
    gc.restore();
  }

  /** Ticks at z = −2 … 2, placed at u = Φ(z) on the unit square the grid spans. */
  private static void gaussianAxes(GraphicsContext gc, ScreenTransform t, ManifoldMosaic m) {
    double[] zs = {-2, -1, 0, 1, 2};
    double[] xs = new double[zs.length];
    double[] ys = new double[zs.length];
    String[] names = new String[zs.length];
    for (int i = 0; i < zs.length; i++) {
      double u = NormalDistribution.cdf(zs[i]);
      xs[i] = t.left() + u * t.width();
      ys[i] = t.top() + (1 - u) * t.height();
      names[i] = PlaneOverlays.minus(String.format(Locale.ROOT, "%.0f", zs[i]));
    }
    PlotFrame.axes(
        gc,
        t,
        xs,
        names,
        ys,
        names,
        m.xLabel() + "  (\u03a6\u207b\u00b9 of even steps)",
        m.yLabel() + "  (\u03a6\u207b\u00b9)");
  }
}
