package org.latentlab.latent.record;

import java.util.List;

/**
 * How a recorded run was trained, as the Train tab's form and {@code latentlab record-run} ask for
 * it: enough to train the same run live.
 *
 * @param data the data spec ("mnist", "fashion" or a folder of IDX files)
 * @param imageLimit trained on the first N images only; 0 for all
 * @param variational a VAE (true) or an AE
 * @param latentDim the latent dimension
 * @param hidden encoder hidden sizes
 * @param epochs passes over the data
 * @param batchSize images per step
 * @param learningRate Adam's learning rate
 * @param beta the KL weight (VAE)
 * @param klOnly reconstruction weight 0
 * @param seed the random seed
 * @param snapshotEvery a snapshot every this many steps (0: at epoch ends only)
 * @param startedFrom the trained model whose weights the run started from ("mnist-vae"), or "" for
 *     random weights
 */
public record RunSettings(
    String data,
    int imageLimit,
    boolean variational,
    int latentDim,
    List<Integer> hidden,
    int epochs,
    int batchSize,
    double learningRate,
    double beta,
    boolean klOnly,
    long seed,
    int snapshotEvery,
    String startedFrom) {

  /** Defensive copy; a missing {@code startedFrom} is "". */
  public RunSettings {
    hidden = List.copyOf(hidden);
    startedFrom = startedFrom == null ? "" : startedFrom;
  }

  /** Whether the run started from a trained model rather than from random weights. */
  public boolean startsFromModel() {
    return !startedFrom.isEmpty();
  }
}
