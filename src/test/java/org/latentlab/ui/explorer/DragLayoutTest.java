package org.latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.latentlab.testing.ExplorerFxTestBase;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A drag changes the cursor's texts, the sliders and the decoded image at every mouse event; none
 * of that may cost a layout of the window (the FX thread's largest cost during a drag before), and
 * all of it must still show in full.
 */
class DragLayoutTest extends ExplorerFxTestBase {

  @Test
  void movingTheCursorLaysOutNothingAboveThePlaneCard() {
    PlaneView card = view.autoencoderPlane();
    WaitForAsyncUtils.waitForFxEvents();
    List<String> dirty = new ArrayList<>();
    interact(
        () -> {
          // The decode runs on the same thread here, so the image is set before the check too.
          vm.autoencoder().setCursor(new float[] {0.5f, -0.25f});
          for (Parent p = card; p != null; p = p.getParent()) {
            if (p.isNeedsLayout()) {
              dirty.add(p.getClass().getSimpleName() + p.getStyleClass());
            }
          }
        });
    assertEquals(List.of(), dirty, "containers asked for a layout by one cursor move");
  }

  @Test
  void theCursorsTextsSlidersAndImageShowTheNewCode() {
    PlaneView card = view.autoencoderPlane();
    interact(() -> vm.autoencoder().setCursor(new float[] {-1.25f, 0.75f}));
    WaitForAsyncUtils.waitForFxEvents();

    Label coordinates = (Label) card.lookup(".coordinates");
    assertEquals("z = (\u22121.25, 0.75)", coordinates.getText());
    assertShownWhole(coordinates);
    List<String> values = new ArrayList<>();
    for (Node n : card.lookupAll(".slider-value")) {
      assertShownWhole((Label) n);
      values.add(((Label) n).getText());
    }
    assertEquals(List.of("\u22121.25", "0.75"), values);
    Slider first = (Slider) card.lookup("#ae-slider-0");
    assertEquals(-1.25, first.getValue(), 1e-6);
    assertTrue(first.getWidth() > 60, "the slider fills its cell: " + first.getWidth());

    // The image on the card is the decoder's output at the cursor, enlarged with square pixels.
    float[] pixels = session.autoencoder().decode(new float[] {-1.25f, 0.75f});
    Image shown = ((ImageView) card.lookup("#ae-decoded")).getImage();
    int rows = session.autoencoder().info().rows();
    int cols = session.autoencoder().info().cols();
    int scale = (int) shown.getWidth() / cols;
    assertEquals(cols * scale, (int) shown.getWidth());
    int checked = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int expected = Math.round(Math.max(0f, Math.min(1f, pixels[r * cols + c])) * 255);
        for (int[] d : new int[][] {{0, 0}, {scale - 1, scale - 1}}) {
          int argb = shown.getPixelReader().getArgb(c * scale + d[0], r * scale + d[1]);
          assertEquals(expected, argb & 0xFF, "pixel " + r + "," + c);
          assertEquals(0xFF, argb >>> 24, "opaque");
          checked++;
        }
      }
    }
    assertEquals(rows * cols * 2, checked);
  }

  /** The label is as wide as its text needs: nothing is cut to "…". */
  private static void assertShownWhole(Label label) {
    double needed = label.prefWidth(-1);
    assertTrue(
        label.getWidth() + 0.5 >= needed,
        "\"" + label.getText() + "\" is " + label.getWidth() + " px wide, needs " + needed);
  }
}
