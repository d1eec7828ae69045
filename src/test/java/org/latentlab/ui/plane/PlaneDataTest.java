package org.latentlab.ui.plane;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.inference.LatentModel;
import org.latentlab.testing.FakeSource;
import org.latentlab.ui.explorer.ExplorerSession;

/** Encoding a data set for several planes at once gives each plane its model's own codes. */
class PlaneDataTest {

  @Test
  void eachModelsPlaneHoldsThatModelsCodeOfEveryImageInOrder() {
    // 2,500 images: two full batches of 1,000 and a short last one, all through one reused buffer.
    ExplorerSession session = FakeSource.session(2500);
    LabelledImages images = session.images();
    LatentModel ae = session.autoencoder();
    LatentModel vae = session.vae();
    List<PlaneData> planes = PlaneData.prepareAll(List.of(ae, vae), images);
    assertEquals(2, planes.size());
    for (int m = 0; m < 2; m++) {
      LatentModel model = m == 0 ? ae : vae;
      PlaneData plane = planes.get(m);
      assertEquals(images.count(), plane.codes().length);
      for (int i : new int[] {0, 999, 1000, 1999, 2000, 2499}) {
        assertArrayEquals(
            model.encode(new float[][] {images.image(i)})[0],
            plane.codes()[i],
            1e-6f,
            model.info().name() + ", image " + i);
        assertEquals(images.label(i), plane.labels()[i]);
      }
    }
    PlaneData alone = PlaneData.prepare(vae, images);
    assertArrayEquals(alone.codes()[2499], planes.get(1).codes()[2499], 1e-6f);
  }
}
