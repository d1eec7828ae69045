package org.latentlab.ui.holes;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.latent.quality.HoleMap;
import org.latentlab.ui.plane.PlaneLayer;

/**
 * Paints a {@link HoleMap} under a plane's points: every cell shaded by {@link HoleShading}. The
 * cells are drawn where the map was computed, so while the user zooms or pans the old map moves
 * with the plane until a new one for the settled view arrives. The shading is rasterized at screen
 * resolution and cached until the map, the view or the size changes.
 */
final class HoleMapLayer implements PlaneLayer {
  private HoleMap map;
  private boolean byClass;
  private HoleJudge judge = HoleJudge.CONFIDENCE;
  private WritableImage raster;
  private int[] buffer;
  private HoleMap rasterMap;
  private Bounds rasterView;
  private boolean rasterByClass;
  private HoleJudge rasterJudge;

  /**
   * The map to draw (null: nothing), whether to colour cells by predicted class, and what makes a
   * hole (a map computed without real images shows its confidence until one with them arrives).
   */
  void show(HoleMap map, boolean byClass, HoleJudge judge) {
    this.map = map;
    this.byClass = byClass;
    this.judge = judge;
  }

  /** A layer drawing {@code map} (a figure's). */
  static HoleMapLayer of(HoleMap map, boolean byClass, HoleJudge judge) {
    HoleMapLayer layer = new HoleMapLayer();
    layer.show(map, byClass, judge);
    return layer;
  }

  @Override
  public void draw(GraphicsContext gc, ScreenTransform t) {
    if (map == null) {
      return;
    }
    int w = (int) Math.round(t.width());
    int h = (int) Math.round(t.height());
    if (raster == null || (int) raster.getWidth() != w || (int) raster.getHeight() != h) {
      raster = new WritableImage(w, h);
      buffer = new int[w * h];
      rasterMap = null;
    }
    if (rasterMap != map
        || !t.view().equals(rasterView)
        || rasterByClass != byClass
        || rasterJudge != judge) {
      paint(t, w, h);
      raster.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), buffer, 0, w);
      rasterMap = map;
      rasterView = t.view();
      rasterByClass = byClass;
      rasterJudge = judge;
    }
    gc.drawImage(raster, t.left(), t.top());
  }

  /** Each screen pixel takes the shade of the cell its centre falls in (clear outside the map). */
  private void paint(ScreenTransform t, int w, int h) {
    Arrays.fill(buffer, 0);
    Bounds a = map.area();
    int n = map.n();
    int[] colOf = new int[w];
    for (int x = 0; x < w; x++) {
      double dx = t.dataX(t.left() + x + 0.5);
      colOf[x] = dx < a.xMin() || dx >= a.xMax() ? -1 : (int) ((dx - a.xMin()) / a.width() * n);
    }
    int[] shade = new int[n * n];
    boolean manifold = judge == HoleJudge.MANIFOLD && map.judgedByManifold();
    for (int k = 0; k < shade.length; k++) {
      int row = k / n;
      int col = k % n;
      shade[k] =
          manifold
              ? HoleShading.argbManifold(map.offManifold(row, col), map.label(row, col), byClass)
              : HoleShading.argb(map.confidence(row, col), map.label(row, col), byClass);
    }
    for (int y = 0; y < h; y++) {
      double dy = t.dataY(t.top() + y + 0.5);
      if (dy <= a.yMin() || dy > a.yMax()) {
        continue;
      }
      int row = Math.min(n - 1, (int) ((a.yMax() - dy) / a.height() * n));
      for (int x = 0; x < w; x++) {
        if (colOf[x] >= 0) {
          buffer[y * w + x] = shade[row * n + Math.min(colOf[x], n - 1)];
        }
      }
    }
  }
}
