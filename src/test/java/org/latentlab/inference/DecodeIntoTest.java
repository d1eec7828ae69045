package org.latentlab.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Decoding into the caller's rows gives the same images as decoding into new ones. */
class DecodeIntoTest {

  @Test
  void theRowsHoldTheDecodersImagesAndAWrongSizeIsRefused() throws Exception {
    try (LatentModel vae = LatentModels.openBundled("mnist-vae")) {
      float[][] codes = {{0f, 0f}, {-2f, 1.5f}, {2.5f, -0.5f}};
      float[][] into = new float[3][vae.info().pixels()];
      vae.decodeInto(codes, into);
      float[][] fresh = vae.decode(codes);
      for (int i = 0; i < codes.length; i++) {
        assertArrayEquals(fresh[i], into[i], 1e-6f, "code " + i);
      }
      // Again into the same rows: the old images are overwritten, not added to.
      vae.decodeInto(new float[][] {codes[2], codes[0]}, into);
      assertArrayEquals(fresh[2], into[0], 1e-6f);
      assertArrayEquals(fresh[0], into[1], 1e-6f);
      assertThrows(IllegalArgumentException.class, () -> vae.decodeInto(codes, new float[2][784]));
      assertThrows(IllegalArgumentException.class, () -> vae.decodeInto(codes, new float[3][100]));
    }
  }
}
