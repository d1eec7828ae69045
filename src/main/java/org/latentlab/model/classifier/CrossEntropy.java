package org.latentlab.model.classifier;

import ai.djl.ndarray.NDArray;
import org.latentlab.model.Scalar;

/**
 * The classifier's loss, the one place it is stated: the cross-entropy between the one-hot label y
 * and the softmax of the logits ℓ,
 *
 * <pre>
 *   CE(ℓ, y) = −Σ_k y_k log softmax(ℓ)_k,   log softmax(ℓ)_k = ℓ_k − log Σ_j e^{ℓ_j}
 * </pre>
 *
 * computed with a fused log-softmax, so it is finite for any logits. Its gradient with respect to
 * the logits is softmax(ℓ) − y. No Java-number constants enter the graph (see {@link Scalar}).
 */
public final class CrossEntropy {
  private CrossEntropy() {}

  /**
   * The cross-entropy per image, in nats.
   *
   * @param logits shape (batch, classes)
   * @param oneHot the labels as one-hot rows, shape (batch, classes)
   * @return shape (batch)
   */
  public static NDArray perImage(NDArray logits, NDArray oneHot) {
    return logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg();
  }
}
