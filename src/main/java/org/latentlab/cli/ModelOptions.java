package org.latentlab.cli;

import java.util.List;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.latent.kinds.Sparsity;
import org.latentlab.model.ModelKind;
import org.latentlab.model.TrainingRules;
import picocli.CommandLine.Option;

/**
 * The options that describe an autoencoder and how it is trained, shared by {@code train} and
 * {@code record-run} (each command adds its own epochs and output).
 */
final class ModelOptions {
  @Option(
      names = "--kind",
      required = true,
      description =
          "ae, vae, dae (denoising: --noise) or sae (sparse: --sparsity); dae and sae are the"
              + " ae's network with another loss.")
  ModelKind kind;

  @Option(
      names = "--data",
      defaultValue = "mnist",
      description =
          "mnist (bundled 10k), fashion, djl-mnist, djl-fashion, or a folder of IDX files"
              + " (default: ${DEFAULT-VALUE}).")
  String data;

  @Option(names = "--latent", defaultValue = "2", description = "Latent dimension (default: 2).")
  int latent;

  @Option(
      names = "--hidden",
      defaultValue = "512,256",
      split = ",",
      paramLabel = "N[,N...]",
      description = "Encoder hidden sizes; the decoder mirrors them (default: 512,256).")
  List<Integer> hidden;

  @Option(names = "--batch", defaultValue = "128", description = "Batch size (default: 128).")
  int batch;

  @Option(
      names = "--lr",
      defaultValue = "1e-3",
      description = "Adam learning rate (default: 1e-3).")
  double lr;

  @Option(
      names = "--beta",
      defaultValue = "1",
      description = "KL weight for a VAE: 1 is the ELBO, 0 removes the regularizer (default: 1).")
  double beta;

  @Option(
      names = "--kl-only",
      description = "VAE with reconstruction weight 0: every code collapses to the prior.")
  boolean klOnly;

  @Option(
      names = "--noise",
      paramLabel = "SPEC",
      description =
          "dae: how the input is corrupted, gaussian:S, masking:P or salt-pepper:P, a level in"
              + " [0, 1] (default: gaussian:0.5).")
  String noise;

  @Option(
      names = "--sparsity",
      paramLabel = "SPEC",
      description =
          "sae: the penalty on the hidden activations, l1:LAMBDA or kl:RHO, a target rate RHO in"
              + " (0, 1) (default: kl:0.05).")
  String sparsity;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: 1).")
  long seed;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Train on the first N images only (quick experiments).")
  Integer limit;

  /** Refuses combinations no training can run, before any work. */
  void validate() {
    if (klOnly && kind != ModelKind.VAE) {
      throw new UserInputException("--kl-only needs --kind vae (an autoencoder has no KL term)");
    }
    if (limit != null && limit <= 0) {
      throw new UserInputException("--limit must be a positive number of images");
    }
    if (noise != null && kind != ModelKind.DAE) {
      throw new UserInputException("--noise needs --kind dae (a denoising autoencoder)");
    }
    if (sparsity != null && kind != ModelKind.SAE) {
      throw new UserInputException("--sparsity needs --kind sae (a sparse autoencoder)");
    }
    try {
      corruption();
      sparsityPenalty();
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          (kind == ModelKind.DAE ? "--noise: " : "--sparsity: ") + e.getMessage());
    }
  }

  /** A DAE's noise (the default if none was given), or null for other kinds. */
  Corruption corruption() {
    if (kind != ModelKind.DAE) {
      return null;
    }
    return noise == null ? TrainingRules.DEFAULT_NOISE : Corruption.parse(noise);
  }

  /** An SAE's penalty (the default if none was given), or null for other kinds. */
  Sparsity sparsityPenalty() {
    if (kind != ModelKind.SAE) {
      return null;
    }
    return sparsity == null ? TrainingRules.DEFAULT_SPARSITY : Sparsity.parse(sparsity);
  }

  /** The image limit as the training plan takes it: 0 for every image. */
  int imageLimit() {
    return limit == null ? 0 : limit;
  }

  /** Whether a VAE is trained. */
  boolean variational() {
    return kind == ModelKind.VAE;
  }
}
