package org.latentlab.model.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;
import org.latentlab.model.EngineSetup;
import org.latentlab.model.GradientsSurviveGarbageCollectionTest;
import org.latentlab.testing.NativeChurn;

/**
 * The classifier's loss and its gradient, with a garbage collection between the forward pass and
 * backward (see {@link GradientsSurviveGarbageCollectionTest}): d CE / d logits = softmax − y.
 */
class CrossEntropyGradientTest {
  private static final float[] LOGITS = {2f, -1f, 0.5f, -3f, 0f, 4f};
  private static final float[] ONE_HOT = {0f, 1f, 0f, 0f, 0f, 1f};

  private static double[] softmax(float[] row, int from) {
    double max = Math.max(row[from], Math.max(row[from + 1], row[from + 2]));
    double[] e = new double[3];
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      e[k] = Math.exp(row[from + k] - max);
      sum += e[k];
    }
    for (int k = 0; k < 3; k++) {
      e[k] /= sum;
    }
    return e;
  }

  @Test
  void lossAndGradientAreAnalyticAfterACollection() throws Exception {
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      NDArray logits = m.create(LOGITS, new Shape(2, 3));
      NDArray y = m.create(ONE_HOT, new Shape(2, 3));
      logits.setRequiresGradient(true);
      float[] perImage;
      try (GradientCollector gc = EngineSetup.engine().newGradientCollector()) {
        NDArray ce = CrossEntropy.perImage(logits, y);
        perImage = ce.toFloatArray();
        var held = NativeChurn.collectAndReuse();
        gc.backward(ce.sum());
        held.clear();
      }
      float[] expected = new float[6];
      for (int i = 0; i < 2; i++) {
        double[] p = softmax(LOGITS, 3 * i);
        int label = i == 0 ? 1 : 2;
        assertEquals(-Math.log(p[label]), perImage[i], 1e-5);
        for (int k = 0; k < 3; k++) {
          expected[3 * i + k] = (float) (p[k] - ONE_HOT[3 * i + k]);
        }
      }
      assertArrayEquals(expected, logits.getGradient().toFloatArray(), 1e-5f);
    }
  }
}
