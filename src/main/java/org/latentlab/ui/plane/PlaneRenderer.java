package org.latentlab.ui.plane;

import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.latent.Ticks;
import org.latentlab.ui.fx.ClassPalette;
import org.latentlab.ui.fx.Theme;

/**
 * Draws a latent plane onto any {@link GraphicsContext}: the window's canvas, or an off-screen one
 * for PNG export and the CLI ({@link #render}).
 *
 * <p>Points are splatted as small squares into an int raster that is cached until the data, the
 * view or the size changes, so cursor and hover redraws cost only the overlay, and a full redraw of
 * 60,000 points stays within a frame.
 */
public final class PlaneRenderer {
  private WritableImage raster;
  // Points are splatted at this many pixels per layout pixel (an export at 2× or 4×).
  private int pixelScale = 1;
  private int[] buffer;
  private PlaneData rasterData;
  private Bounds rasterView;

  /**
   * Where the plot area lies on a {@code width × height} surface: the largest square that fits,
   * centred horizontally. Square, so that with equal units per pixel the visible area is square too
   * and an n × n grid of decoded images over it has square tiles.
   */
  static ScreenTransform transform(Bounds view, double width, double height, boolean titled) {
    Rectangle2D room = PlotFrame.room(width, height, titled);
    double side = Math.min(room.getWidth(), room.getHeight());
    return new ScreenTransform(
        view,
        room.getMinX() + Math.floor((room.getWidth() - side) / 2),
        room.getMinY(),
        side,
        side);
  }

  /** Renders a scene off-screen (on the FX thread) into an image of the given size. */
  public static WritableImage render(PlaneScene scene, int width, int height) {
    return render(scene, width, height, null);
  }

  /** Like {@link #render(PlaneScene, int, int)}, with a layer under the points (may be null). */
  public static WritableImage render(PlaneScene scene, int width, int height, PlaneLayer underlay) {
    return render(scene, width, height, underlay, 1);
  }

  /**
   * Like {@link #render(PlaneScene, int, int, PlaneLayer)}, drawn {@code scale} times larger: the
   * same layout at {@code scale}² as many pixels, so text, lines and points stay sharp (an export
   * at 2× or 4×).
   */
  public static WritableImage render(
      PlaneScene scene, int width, int height, PlaneLayer underlay, int scale) {
    Canvas canvas = new Canvas(width * scale, height * scale);
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.scale(scale, scale);
    PlaneRenderer renderer = new PlaneRenderer();
    renderer.pixelScale = Math.max(1, scale);
    renderer.draw(gc, scene, width, height, underlay);
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Theme.PAGE);
    return canvas.snapshot(params, null);
  }

  /** Draws the whole plane: frame, grid, points, path, markers, cursor, axes. */
  public void draw(GraphicsContext gc, PlaneScene s, double width, double height) {
    draw(gc, s, width, height, null);
  }

  /**
   * Draws the whole plane with {@code underlay} (may be null) painted over the plot's background,
   * beneath the points: the hole map.
   */
  public void draw(
      GraphicsContext gc, PlaneScene s, double width, double height, PlaneLayer underlay) {
    ScreenTransform t = transform(s.view(), width, height, s.title() != null);
    gc.save();
    PlotFrame.page(gc, width, height, s.title(), t);
    double[] xTicks = Ticks.of(t.view().xMin(), t.view().xMax(), (int) Math.max(2, t.width() / 90));
    double[] yTicks =
        Ticks.of(t.view().yMin(), t.view().yMax(), (int) Math.max(2, t.height() / 70));
    gc.save();
    gc.beginPath();
    gc.rect(t.left(), t.top(), t.width(), t.height());
    gc.clip();
    PlaneOverlays.grid(gc, t, xTicks, yTicks);
    if (underlay != null) {
      underlay.draw(gc, t);
    }
    if (s.data() != null) {
      drawPoints(gc, s.data(), t);
    }
    for (PlaneLayer layer : s.overlays()) {
      layer.draw(gc, t);
    }
    gc.restore();
    String xLabel = s.data() == null ? "" : s.data().projection().xLabel();
    String yLabel = s.data() == null ? "" : s.data().projection().yLabel();
    PlotFrame.axes(gc, t, xTicks, yTicks, xLabel, yLabel);
    gc.restore();
  }

  private void drawPoints(GraphicsContext gc, PlaneData d, ScreenTransform t) {
    int w = (int) Math.round(t.width() * pixelScale);
    int h = (int) Math.round(t.height() * pixelScale);
    if (raster == null || (int) raster.getWidth() != w || (int) raster.getHeight() != h) {
      raster = new WritableImage(w, h);
      buffer = new int[w * h];
      rasterData = null;
    }
    if (rasterData != d || !t.view().equals(rasterView)) {
      splat(d, t.view(), w, h);
      raster
          .getPixelWriter()
          .setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), buffer, 0, w);
      rasterData = d;
      rasterView = t.view();
    }
    if (pixelScale == 1) {
      gc.drawImage(raster, t.left(), t.top());
    } else {
      gc.drawImage(raster, t.left(), t.top(), w / (double) pixelScale, h / (double) pixelScale);
    }
  }

  /** Writes each point as a small opaque square of its class colour, in data order. */
  private void splat(PlaneData d, Bounds view, int w, int h) {
    Arrays.fill(buffer, 0);
    int size = (d.size() > 30_000 ? 2 : 3) * pixelScale;
    int half = size / 2;
    double kx = w / view.width();
    double ky = h / view.height();
    float[] xs = d.xs();
    float[] ys = d.ys();
    int[] labels = d.labels();
    for (int i = 0; i < xs.length; i++) {
      int px = (int) Math.floor((xs[i] - view.xMin()) * kx) - half;
      int py = (int) Math.floor((view.yMax() - ys[i]) * ky) - half;
      if (px + size <= 0 || py + size <= 0 || px >= w || py >= h) {
        continue;
      }
      int color = ClassPalette.argb(labels[i]);
      int x0 = Math.max(0, px);
      int x1 = Math.min(w, px + size);
      for (int y = Math.max(0, py); y < Math.min(h, py + size); y++) {
        Arrays.fill(buffer, y * w + x0, y * w + x1, color);
      }
    }
  }
}
