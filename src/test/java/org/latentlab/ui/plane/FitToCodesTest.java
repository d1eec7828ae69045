package org.latentlab.ui.plane;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.Bounds;
import org.latentlab.testing.FakeLatentModel;
import org.latentlab.testing.ManualExecutor;
import org.latentlab.ui.fx.UiThreads;

/** "Fit to codes" shows a KL-only collapse that the home view draws as one pixel. */
class FitToCodesTest {
  @Test
  void aCollapsedSpaceFillsThePlaneAfterFitting() {
    Random r = new Random(3);
    float[][] codes = new float[2000][];
    int[] labels = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      codes[i] =
          new float[] {(float) (0.002 * r.nextGaussian()), (float) (0.002 * r.nextGaussian())};
      labels[i] = i % 10;
    }
    PlaneViewModel plane =
        new PlaneViewModel(
            "Variational autoencoder", new UiThreads(new ManualExecutor(), Runnable::run), e -> {});
    plane.setViewportAspect(1);
    plane.install(PlaneData.layout(FakeLatentModel.vae(), codes, labels, true));
    Bounds home = plane.viewProperty().get();
    assertTrue(home.width() >= 6, "the home view covers the prior's ±3σ: " + home);

    plane.fitToCodes();
    Bounds fitted = plane.viewProperty().get();
    assertTrue(fitted.width() < 0.05, "the fitted view is the codes' size: " + fitted);
    assertTrue(home.width() / fitted.width() > 100, "over a hundred times closer");
    int inside = 0;
    for (float[] c : codes) {
      if (c[0] >= fitted.xMin()
          && c[0] <= fitted.xMax()
          && c[1] >= fitted.yMin()
          && c[1] <= fitted.yMax()) {
        inside++;
      }
    }
    assertTrue(inside >= 0.99 * codes.length, inside + " of " + codes.length + " codes in view");
  }
}
