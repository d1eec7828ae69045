package org.latentlab.latent.record;

import java.util.List;

/**
 * One training run as it was recorded: its settings, the watched images' classes, every step's
 * losses, every epoch's means and the watched images' codes at each snapshot.
 *
 * @param settings how it was trained
 * @param classNames the data's class names
 * @param labels the class of each watched image (index into {@code classNames})
 * @param batchesPerEpoch optimizer steps per epoch
 * @param steps every step's batch means, in order
 * @param epochs every epoch's means, in order
 * @param snapshots the watched codes, oldest first; each holds one code per label
 */
public record RecordedRun(
    RunSettings settings,
    List<String> classNames,
    int[] labels,
    int batchesPerEpoch,
    List<Loss> steps,
    List<Loss> epochs,
    List<Snapshot> snapshots) {

  /** Checks that every snapshot has a code per watched image, all of the latent dimension. */
  public RecordedRun {
    classNames = List.copyOf(classNames);
    steps = List.copyOf(steps);
    epochs = List.copyOf(epochs);
    snapshots = List.copyOf(snapshots);
    for (int label : labels) {
      if (label < 0 || label >= classNames.size()) {
        throw new IllegalArgumentException(
            "label " + label + " is not one of the " + classNames.size() + " classes");
      }
    }
    for (Snapshot s : snapshots) {
      if (s.codes().length != labels.length) {
        throw new IllegalArgumentException(
            "a snapshot has " + s.codes().length + " codes for " + labels.length + " images");
      }
      for (float[] code : s.codes()) {
        if (code.length != settings.latentDim()) {
          throw new IllegalArgumentException(
              "a code has " + code.length + " numbers, not " + settings.latentDim());
        }
      }
    }
  }

  /**
   * The losses of one step or one epoch (nats per image).
   *
   * @param at where it goes: epochs elapsed (a step in epoch e, batch b of B is at e − 1 + b/B; an
   *     epoch's mean is at e)
   * @param reconstruction the reconstruction term
   * @param kl the KL term (0 for an AE)
   * @param total the weighted objective
   */
  public record Loss(double at, double reconstruction, double kl, double total) {}

  /**
   * The watched images' codes at one moment of the run.
   *
   * @param epoch the epoch it was taken in (0 before the first step)
   * @param step optimizer steps taken
   * @param epochEnd whether an epoch had just ended
   * @param codes one code per watched image (the AE's z, the VAE's μ)
   */
  public record Snapshot(int epoch, long step, boolean epochEnd, float[][] codes) {}
}
