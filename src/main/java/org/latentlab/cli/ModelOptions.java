package org.latentlab.cli;

import java.util.List;
import org.latentlab.model.ModelKind;
import picocli.CommandLine.Option;

/**
 * The options that describe an autoencoder and how it is trained, shared by {@code train} and
 * {@code record-run} (each command adds its own epochs and output).
 */
final class ModelOptions {
  @Option(names = "--kind", required = true, description = "ae or vae.")
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
