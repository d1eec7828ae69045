package org.latentlab.ui.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.DimensionRange;
import org.latentlab.latent.Projection;
import org.latentlab.latent.SpatialIndex;
import org.latentlab.testing.ExplorerFxTestBase;
import org.latentlab.testing.FakeLatentModel;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Off-screen rendering and a rough timing of full redraws. The real benchmark comes later; this
 * prints what this machine measures and fails only when a redraw is grossly slow.
 */
class PlaneRendererTest extends ApplicationTest {

  static {
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  private static PlaneData cloud(int n) {
    Random rnd = new Random(1);
    float[][] codes = new float[n][];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 10;
      codes[i] = new float[] {(float) rnd.nextGaussian(), (float) rnd.nextGaussian()};
    }
    Projection p = Projection.fit(codes, 2);
    float[] xs = new float[n];
    float[] ys = new float[n];
    p.projectAll(codes, xs, ys);
    return new PlaneData(
        FakeLatentModel.vae(),
        codes,
        labels,
        p,
        xs,
        ys,
        SpatialIndex.build(xs, ys),
        new Bounds(-3, 3, -3, 3),
        DimensionRange.ofCodes(codes, 2));
  }

  @Test
  void rendersOffScreenAtTheRequestedSize() {
    PlaneData d = cloud(2000);
    PlaneScene scene =
        new PlaneScene(
            "Variational autoencoder",
            d,
            new Bounds(-4, 4, -3, 3),
            new double[] {0.5, 0.5},
            3,
            1,
            2,
            new double[][] {{0, 0}, {1, 1}},
            true);
    WritableImage[] out = new WritableImage[1];
    interact(() -> out[0] = PlaneRenderer.render(scene, 640, 520));
    assertEquals(640, (int) out[0].getWidth());
    assertEquals(520, (int) out[0].getHeight());
    assertTrue(ExplorerFxTestBase.classColoredPixels(out[0]) > 1000);
  }

  @Test
  void fullRedrawsOf10kAnd60kPointsFitInAFrame() {
    for (int n : new int[] {10_000, 60_000}) {
      PlaneData d = cloud(n);
      double[] millis = new double[40];
      interact(
          () -> {
            Canvas canvas = new Canvas(560, 520);
            PlaneRenderer r = new PlaneRenderer();
            for (int k = 0; k < millis.length; k++) {
              // A new view each time forces the points to be splatted again (a zoom or pan).
              Bounds view = new Bounds(-3, 3, -3, 3).zoom(1 + k * 0.01, 0, 0);
              PlaneScene s =
                  new PlaneScene(null, d, view, new double[] {0, 0}, -1, -1, -1, null, true);
              long t0 = System.nanoTime();
              r.draw(canvas.getGraphicsContext2D(), s, 560, 520);
              millis[k] = (System.nanoTime() - t0) / 1e6;
            }
          });
      double[] warm = Arrays.copyOfRange(millis, 10, millis.length);
      Arrays.sort(warm);
      double median = warm[warm.length / 2];
      System.out.printf(
          "PlaneRenderer full redraw, %,d points: median %.2f ms, max %.2f ms%n",
          n, median, warm[warm.length - 1]);
      assertTrue(median < (n > 30_000 ? 16 : 4) * 3, "redraw took " + median + " ms");
    }
  }
}
