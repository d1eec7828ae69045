package org.latentlab.train.classifier;

import java.util.List;
import org.latentlab.train.DivergenceCheck;

/**
 * What one classifier training step measured.
 *
 * @param loss the batch's mean cross-entropy, nats per image
 * @param correct the batch's images classified correctly (before the step's update)
 */
record ClassifierStep(double loss, int correct) {
  /**
   * Stops a classifier run whose cross-entropy blew up. Its ceiling is 100 times ln(classes), the
   * loss of an untrained network that gives every class the same chance.
   */
  static DivergenceCheck<ClassifierStep> divergenceCheck(int classes) {
    return new DivergenceCheck<>(
        ClassifierStep::loss, List.of(), 100 * Math.log(Math.max(2, classes)), false);
  }
}
