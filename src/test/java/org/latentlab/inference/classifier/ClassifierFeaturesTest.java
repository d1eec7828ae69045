package org.latentlab.inference.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentlab.data.BundledMnist;
import org.latentlab.data.ImageSet;

/**
 * The bundled classifier's penultimate-layer features, the space in which samples are compared with
 * real images: 128 ReLU activations per image, the same for the same image, and closer between two
 * images of one digit than between digits on average.
 */
class ClassifierFeaturesTest {

  @Test
  void featuresAreTheHiddenLayerBeforeTheLogits() throws Exception {
    ImageSet data = BundledMnist.load().head(200);
    float[][] images = data.imageRows(0, 200);
    try (ImageClassifier c = ImageClassifiers.openBundled("mnist-classifier")) {
      float[][] f = c.features(images);
      assertEquals(200, f.length);
      assertEquals(128, f[0].length, "conv16-conv32-128-10: the 128 units before the logits");
      for (float[] row : f) {
        for (float v : row) {
          assertTrue(v >= 0, "after a ReLU");
        }
      }
      assertArrayEquals(f[7], c.features(new float[][] {images[7]})[0], 1e-5f);
      double same = 0;
      double other = 0;
      int nSame = 0;
      int nOther = 0;
      for (int i = 0; i < 200; i++) {
        for (int j = i + 1; j < 200; j++) {
          double d = 0;
          for (int k = 0; k < 128; k++) {
            d += (f[i][k] - f[j][k]) * (f[i][k] - f[j][k]);
          }
          if (data.labels()[i] == data.labels()[j]) {
            same += Math.sqrt(d);
            nSame++;
          } else {
            other += Math.sqrt(d);
            nOther++;
          }
        }
      }
      assertTrue(same / nSame < 0.7 * (other / nOther), same / nSame + " vs " + other / nOther);
    }
  }
}
