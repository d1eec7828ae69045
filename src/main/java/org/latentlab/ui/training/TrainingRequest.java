package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a training run needs, checked by the panel before it is sent.
 *
 * @param data the data spec, as the CLI's {@code --data}: "mnist", "fashion" or a folder of IDX
 *     files
 * @param variational VAE (true) or AE
 * @param latentDim the latent dimension
 * @param hidden encoder hidden sizes (the decoder mirrors them)
 * @param epochs passes over the data
 * @param batchSize images per step
 * @param learningRate Adam's learning rate
 * @param beta the KL weight (VAE): 0 removes the regularizer
 * @param klOnly reconstruction weight 0: every code collapses to the prior
 * @param imageLimit train on the first N images only; 0 for all
 * @param snapshotEvery re-encode the watched images every this many steps (0: at epoch ends only)
 * @param snapshotPoints how many images to re-encode and show while training
 * @param output the model folder to write when training finishes
 * @param seed seeds initialization, shuffling and ε
 * @param startFrom a trained model (a bundled name or a folder) whose weights the run starts from,
 *     or "" for random weights
 * @param overwrite whether a model already in {@code output} may be replaced (the window asks the
 *     user first); without it such a run ends at once, before training, saying what is there
 */
public record TrainingRequest(
    String data,
    boolean variational,
    int latentDim,
    List<Integer> hidden,
    int epochs,
    int batchSize,
    double learningRate,
    double beta,
    boolean klOnly,
    int imageLimit,
    int snapshotEvery,
    int snapshotPoints,
    Path output,
    long seed,
    String startFrom,
    boolean overwrite) {

  /** Defensive copy; a missing {@code startFrom} is "". */
  public TrainingRequest {
    hidden = List.copyOf(hidden);
    startFrom = startFrom == null ? "" : startFrom;
  }

  /** The same request, allowed ({@code true}) or not to replace a model already in its folder. */
  public TrainingRequest withOverwrite(boolean replace) {
    return new TrainingRequest(
        data,
        variational,
        latentDim,
        hidden,
        epochs,
        batchSize,
        learningRate,
        beta,
        klOnly,
        imageLimit,
        snapshotEvery,
        snapshotPoints,
        output,
        seed,
        startFrom,
        replace);
  }
}
