package org.latentlab.train.classifier;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import org.latentlab.model.classifier.CrossEntropy;

/**
 * The classifier's objective as a DJL {@link Loss}: the batch mean of the cross-entropy between the
 * one-hot labels and the softmax of the logits (formula in {@link CrossEntropy}).
 */
public final class ClassifierLoss extends Loss {

  /** The cross-entropy loss. */
  public ClassifierLoss() {
    super("CrossEntropy");
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    return CrossEntropy.perImage(predictions.singletonOrThrow(), labels.singletonOrThrow()).mean();
  }
}
