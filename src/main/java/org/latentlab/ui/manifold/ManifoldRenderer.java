package org.latentlab.ui.manifold;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.NormalDistribution;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.latent.Ticks;
import org.latentlab.ui.fx.PixelImages;
import org.latentlab.ui.fx.Theme;
import org.latentlab.ui.plane.PlaneOverlays;

/**
 * Draws a decoded n × n mosaic with the axes of the plane area it covers onto any {@link
 * GraphicsContext}; for the Gaussian-quantile grid the ticks sit where Φ puts round z values.
 */
public final class ManifoldRenderer {
  private static final double LEFT = 64;
  private static final double RIGHT = 16;
  private static final double TOP = 12;
  private static final double BOTTOM = 54;
  private static final double TITLE = 40;

  /** Extra height a titled drawing (an export) needs above the mosaic. */
  public static final double TITLE_HEIGHT = TITLE;

  private ManifoldMosaic cached;
  private WritableImage image;

  /** Renders a mosaic off-screen (on the FX thread) into an image of the given size. */
  public static WritableImage render(ManifoldMosaic mosaic, String title, int width, int height) {
    Canvas canvas = new Canvas(width, height);
    new ManifoldRenderer().draw(canvas.getGraphicsContext2D(), mosaic, title, width, height);
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Theme.PAGE);
    return canvas.snapshot(params, null);
  }

  /**
   * Where the mosaic lies on a {@code width × height} surface: as large as fits, with the area's
   * shape (equal units per pixel, like the scatter), or square for the Gaussian grid.
   */
  public static ScreenTransform frame(Bounds area, double width, double height, boolean titled) {
    double top = TOP + (titled ? TITLE : 0);
    double aspect = area == null ? 1 : area.width() / area.height();
    double availW = Math.max(1, width - LEFT - RIGHT);
    double availH = Math.max(1, height - top - BOTTOM);
    double w = Math.min(availW, availH * aspect);
    double h = w / aspect;
    double left = LEFT + (availW - w) / 2;
    return new ScreenTransform(area == null ? new Bounds(0, 1, 0, 1) : area, left, top, w, h);
  }

  /** The mosaic image of the last drawing (tests). */
  WritableImage mosaicImage() {
    return image;
  }

  /** Draws the mosaic and its axes; an empty frame while {@code mosaic} is null. */
  public void draw(
      GraphicsContext gc, ManifoldMosaic mosaic, String title, double width, double height) {
    ScreenTransform t = frame(mosaic == null ? null : mosaic.area(), width, height, title != null);
    gc.save();
    gc.clearRect(0, 0, width, height);
    gc.setFill(Theme.PAGE);
    gc.fillRect(0, 0, width, height);
    if (title != null) {
      gc.setFill(Theme.INK);
      gc.setFont(Theme.TITLE_FONT);
      gc.setTextAlign(TextAlignment.LEFT);
      gc.setTextBaseline(VPos.CENTER);
      gc.fillText(title, LEFT, TOP + TITLE / 2);
    }
    gc.setFill(Theme.PLOT);
    gc.fillRect(t.left(), t.top(), t.width(), t.height());
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
        PlaneOverlays.axes(gc, t, xt, yt, mosaic.xLabel(), mosaic.yLabel());
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
    PlaneOverlays.axes(
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
