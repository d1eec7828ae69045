package org.latentlab.train;

import java.nio.file.Path;
import java.util.List;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.latent.kinds.Sparsity;
import org.latentlab.model.ModelKind;

/**
 * What to train and where to save it, as the CLI's {@code train} and the window's Train tab ask for
 * it; {@link ModelTraining#prepare} checks it.
 *
 * @param data the data spec, as {@code --data}: "mnist", "fashion", … or a folder of IDX files
 * @param imageLimit train on the first N images only; 0 for all
 * @param kind AE or VAE
 * @param hidden encoder hidden sizes (the decoder mirrors them)
 * @param latentDim the latent dimension
 * @param beta the KL weight (VAE): 1 is the ELBO, 0 removes the regularizer
 * @param klOnly reconstruction weight 0 (VAE): every code collapses to the prior
 * @param epochs passes over the data
 * @param batchSize images per step
 * @param learningRate Adam's learning rate
 * @param seed seeds initialization, shuffling and ε
 * @param output the model folder to write (atomically) when training finishes
 * @param overwrite whether a model already in {@code output} may be replaced
 * @param noise a DAE's corruption of its input (null for other kinds)
 * @param sparsity an SAE's sparsity penalty (null for other kinds)
 */
public record TrainingPlan(
    String data,
    int imageLimit,
    ModelKind kind,
    List<Integer> hidden,
    int latentDim,
    double beta,
    boolean klOnly,
    int epochs,
    int batchSize,
    double learningRate,
    long seed,
    Path output,
    boolean overwrite,
    Corruption noise,
    Sparsity sparsity) {

  /** Defensive copy. */
  public TrainingPlan {
    hidden = List.copyOf(hidden);
  }

  /** The plan of an AE or a VAE (no noise, no sparsity penalty). */
  public TrainingPlan(
      String data,
      int imageLimit,
      ModelKind kind,
      List<Integer> hidden,
      int latentDim,
      double beta,
      boolean klOnly,
      int epochs,
      int batchSize,
      double learningRate,
      long seed,
      Path output,
      boolean overwrite) {
    this(
        data,
        imageLimit,
        kind,
        hidden,
        latentDim,
        beta,
        klOnly,
        epochs,
        batchSize,
        learningRate,
        seed,
        output,
        overwrite,
        null,
        null);
  }
}
