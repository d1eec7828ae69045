package org.latentlab.latent.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Strokes become the grey levels the pad shows. */
class StrokeRasterTest {

  private static double sum(float[] px) {
    double s = 0;
    for (float v : px) {
      s += v;
    }
    return s;
  }

  @Test
  void aLineCoversItsLengthTimesTheBrushWithRoundCapsAndGreyEdges() {
    Stroke line = new Stroke(10, new double[] {20, 50}).to(80, 50);
    float[] px = StrokeRaster.paint(List.of(line), null, 100);

    // A 60 × 10 band plus two half-discs of radius 5.
    assertEquals(60 * 10 + Math.PI * 25, sum(px), 8);
    assertEquals(1f, px[50 * 100 + 50]);
    assertEquals(0f, px[30 * 100 + 50]);
    boolean grey = false;
    for (float v : px) {
      grey |= v > 0.05f && v < 0.95f;
    }
    assertTrue(grey, "edges are anti-aliased");
  }

  @Test
  void aDotIsADiscAndOverlapsDoNotAddUp() {
    Stroke dot = new Stroke(8, new double[] {50, 50});
    float[] once = StrokeRaster.paint(List.of(dot), null, 100);
    assertEquals(Math.PI * 16, sum(once), 3);
    assertEquals(sum(once), sum(StrokeRaster.paint(List.of(dot, dot), null, 100)), 1e-6);
  }

  @Test
  void strokesArePaintedOverTheBackdropAndOffThePadAreCut() {
    float[] backdrop = new float[100];
    java.util.Arrays.fill(backdrop, 0.25f);
    float[] px = StrokeRaster.paint(List.of(new Stroke(4, new double[] {-50, -50})), backdrop, 10);
    assertEquals(25, sum(px), 1e-4);
    assertEquals(0.25f, backdrop[0], "the backdrop itself is untouched");
    assertThrows(IllegalArgumentException.class, () -> new Stroke(0, new double[] {1, 1}));
  }
}
