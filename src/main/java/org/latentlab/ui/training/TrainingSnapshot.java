package org.latentlab.ui.training;

import org.latentlab.ui.plane.PlaneData;

/**
 * The watched images' codes at one moment of a training run, laid out on a plane: one frame of the
 * replay.
 *
 * @param epoch the epoch it was taken in (0: before the first step)
 * @param step optimizer steps taken
 * @param epochEnd whether an epoch had just ended
 * @param variational whether the model is a VAE (its plane shows the prior's contours)
 * @param data the codes and their layout (no model: snapshots only draw)
 */
public record TrainingSnapshot(
    int epoch, long step, boolean epochEnd, boolean variational, PlaneData data) {

  /** "before training", "epoch 3 · step 240", "end of epoch 3 · step 316". */
  public String describe() {
    if (step == 0) {
      return "before training";
    }
    return (epochEnd ? "end of epoch " : "epoch ") + epoch + " \u00b7 step " + step;
  }
}
