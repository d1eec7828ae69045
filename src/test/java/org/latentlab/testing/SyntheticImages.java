package org.latentlab.testing;

import java.util.Random;
import org.latentlab.data.ClassNames;
import org.latentlab.data.ImageSet;

/** Small image sets with structure a model can learn, for tests that must not depend on files. */
public final class SyntheticImages {
  private SyntheticImages() {}

  /**
   * {@code n} 28×28 images of ten classes: class k is a bright bar at row band k (with jitter and
   * noise), so an autoencoder can learn them in a few epochs.
   */
  public static ImageSet bars(int n, long seed) {
    Random r = new Random(seed);
    int side = 28;
    byte[] px = new byte[n * side * side];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(10);
      labels[i] = k;
      int top = 2 + k * 2 + r.nextInt(2);
      for (int y = 0; y < side; y++) {
        for (int x = 0; x < side; x++) {
          int v =
              (y >= top && y < top + 4 && x > 3 && x < 24) ? 200 + r.nextInt(56) : r.nextInt(20);
          px[i * side * side + y * side + x] = (byte) v;
        }
      }
    }
    return new ImageSet("synthetic bars", side, side, px, labels, ClassNames.DIGITS);
  }
}
