package org.latentlab.train.classifier;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.stream.IntStream;
import org.latentlab.data.ImageSet;
import org.latentlab.model.InputBuffer;
import org.latentlab.model.classifier.ClassifierModel;

/** Accuracy of a classifier on labelled images (a test set, or held-out training images). */
public final class ClassifierEvaluator {
  private static final int BATCH = 500;

  private ClassifierEvaluator() {}

  /** Evaluates {@code model} on every image of {@code data}. */
  public static ClassifierEvaluation evaluate(ClassifierModel model, ImageSet data) {
    return evaluate(model, data, IntStream.range(0, data.count()).toArray());
  }

  /** Evaluates {@code model} on the images {@code indices} of {@code data}. */
  public static ClassifierEvaluation evaluate(ClassifierModel model, ImageSet data, int[] indices) {
    var spec = model.metadata().spec();
    ClassifierTrainer.checkImages(data, spec);
    if (indices.length == 0) {
      throw new IllegalArgumentException(data.name() + " has no images");
    }
    int classes = spec.classes();
    int[] perClass = new int[classes];
    int[] perClassCorrect = new int[classes];
    double nll = 0;
    ParameterStore ps = new ParameterStore(model.manager(), false);
    InputBuffer input = new InputBuffer();
    for (int from = 0; from < indices.length; from += BATCH) {
      int[] idx =
          java.util.Arrays.copyOfRange(indices, from, Math.min(indices.length, from + BATCH));
      float[] logProbs;
      try (NDManager call = model.manager().newSubManager()) {
        NDArray x = input.create(call, data.images(idx), new Shape(idx.length, spec.pixels()));
        NDArray logits =
            model.network().forward(ps, new ai.djl.ndarray.NDList(x), false).singletonOrThrow();
        logProbs = logits.logSoftmax(1).toFloatArray();
      }
      for (int k = 0; k < idx.length; k++) {
        int label = data.label(idx[k]);
        perClass[label]++;
        nll -= logProbs[k * classes + label];
        if (argmax(logProbs, k * classes, classes) == label) {
          perClassCorrect[label]++;
        }
      }
    }
    double[] accuracy = new double[classes];
    int correct = 0;
    for (int c = 0; c < classes; c++) {
      accuracy[c] = perClass[c] == 0 ? Double.NaN : (double) perClassCorrect[c] / perClass[c];
      correct += perClassCorrect[c];
    }
    return new ClassifierEvaluation(
        indices.length, (double) correct / indices.length, nll / indices.length, accuracy);
  }

  /** The index of the largest of {@code n} values starting at {@code from} (first on ties). */
  static int argmax(float[] values, int from, int n) {
    int best = 0;
    for (int k = 1; k < n; k++) {
      if (values[from + k] > values[from + best]) {
        best = k;
      }
    }
    return best;
  }
}
