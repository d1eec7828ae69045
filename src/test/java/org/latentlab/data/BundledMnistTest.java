package org.latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The digits that ship inside LatentLab. */
class BundledMnistTest {

  @Test
  void bundledDigitsAreTenThousandLabelledMnistImages() throws IOException {
    ImageSet set = BundledMnist.load();
    assertEquals("MNIST (bundled 10k)", set.name());
    assertEquals(10_000, set.count());
    assertEquals(28, set.rows());
    assertEquals(28, set.cols());
    assertEquals(ClassNames.DIGITS, set.classNames());
    int[] counts = new int[10];
    for (int label : set.labels()) {
      counts[label]++;
    }
    assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, counts);
  }

  @Test
  void aShortPrefixAlreadyHoldsEveryDigit() throws IOException {
    ImageSet first = BundledMnist.load().head(100);
    assertEquals(10, Arrays.stream(first.labels()).distinct().count());
    // The documented order (assets/README.md) starts like this:
    assertArrayEquals(new int[] {4, 9, 1, 8, 4, 3, 5, 9, 5, 1}, Arrays.copyOf(first.labels(), 10));
  }

  @Test
  void pixelsAreInkOnBlack() throws IOException {
    ImageSet set = BundledMnist.load();
    float[] image = set.image(0);
    float max = 0;
    for (float v : image) {
      max = Math.max(max, v);
    }
    assertEquals(0f, image[0], "the corner of an MNIST digit is background");
    assertEquals(1f, max, 1e-6, "MNIST digits reach full intensity");
  }
}
