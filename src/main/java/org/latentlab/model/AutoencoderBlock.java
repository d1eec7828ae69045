package org.latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;

/**
 * What the autoencoder and the VAE have in common: an encoder to a latent code and the decoder
 * network back to pixel logits, which both build the same way. The forward pass returns the
 * decoder's logits first, followed by the code (AE) or μ and log σ² (VAE), which is what {@link
 * Elbo} needs. Each subclass declares its own {@code encode}, {@code decode} and forward pass, in
 * the lecture's order.
 */
public abstract class AutoencoderBlock extends AbstractBlock {
  private static final byte VERSION = 1;

  /** The architecture this block was built for. */
  final ModelSpec spec;

  /** The decoder network: latent → hidden reversed → pixel logits. */
  final SequentialBlock decoder;

  AutoencoderBlock(ModelSpec spec) {
    super(VERSION);
    this.spec = spec;
    this.decoder = Layers.decoder(spec);
  }

  /** Builds the block for a spec: {@link Autoencoder} or {@link VariationalAutoencoder}. */
  static AutoencoderBlock of(ModelSpec spec) {
    return spec.kind() == ModelKind.VAE ? new VariationalAutoencoder(spec) : new Autoencoder(spec);
  }

  /** The deterministic code of each image: the AE's z, the VAE's μ. */
  public abstract NDArray encodeMean(ParameterStore ps, NDArray images);

  /**
   * The activations of the encoder's last hidden layer (ReLU, before the code or the posterior's
   * heads): what a sparse autoencoder keeps sparse.
   */
  public abstract NDArray hiddenActivations(ParameterStore ps, NDArray images);

  /** Decodes codes {@code z} to pixel probabilities x̂ = sigmoid({@link #decodeLogits}). */
  public abstract NDArray decode(ParameterStore ps, NDArray z);

  /** The decoder network's logits for codes {@code z} (before the sigmoid); the loss reads them. */
  public final NDArray decodeLogits(ParameterStore ps, NDArray z, boolean training) {
    return decoder.forward(ps, new NDList(z), training).singletonOrThrow();
  }
}
