package org.latentlab.train.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.latentlab.data.ImageSet;
import org.latentlab.model.classifier.ClassifierModel;
import org.latentlab.train.BatchLoop;

/**
 * Sums each epoch's loss and correct answers and, at the epoch's end, measures the held-out
 * accuracy (if any images are held out) and reports the epoch; keeps the epochs for the result.
 */
final class ClassifierEpochs implements BatchLoop.Listener<ClassifierStep> {
  private final Consumer<ClassifierEpoch> listener;
  private final ClassifierModel model;
  private final ImageSet data;
  private final int[] held;
  private final List<ClassifierEpoch> epochs = new ArrayList<>();
  private long start;
  private double loss;
  private long correct;
  private long seen;

  ClassifierEpochs(
      Consumer<ClassifierEpoch> listener, ClassifierModel model, ImageSet data, int[] held) {
    this.listener = listener;
    this.model = model;
    this.data = data;
    this.held = held;
  }

  @Override
  public void onEpochBegin(int epoch) {
    start = System.nanoTime();
    loss = 0;
    correct = 0;
    seen = 0;
  }

  @Override
  public void onBatchEnd(BatchLoop.Position at, int images, ClassifierStep step) {
    loss += step.loss() * images;
    correct += step.correct();
    seen += images;
  }

  @Override
  public void onEpochEnd(BatchLoop.Position end) {
    double validation =
        held.length == 0 ? Double.NaN : ClassifierEvaluator.evaluate(model, data, held).accuracy();
    ClassifierEpoch epoch =
        new ClassifierEpoch(
            end.epoch(),
            end.epochs(),
            loss / seen,
            (double) correct / seen,
            validation,
            (System.nanoTime() - start) / 1e9);
    epochs.add(epoch);
    listener.accept(epoch);
  }

  /** The epochs so far, in order. */
  List<ClassifierEpoch> epochs() {
    return epochs;
  }
}
