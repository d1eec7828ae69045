package org.latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;

/**
 * What the autoencoder and the VAE have in common: an encoder to a latent code and a decoder back to
 * pixels. The forward pass returns the decoder's logits first, followed by the code (AE) or μ and
 * log σ² (VAE), which is what {@link Elbo} needs.
 */
public abstract class AutoencoderBlock extends AbstractBlock {
  private static final byte VERSION = 1;

  /** The architecture this block was built for. */
  protected final ModelSpec spec;

  /** p(x|z): latent → hidden reversed → pixel logits. */
  protected final SequentialBlock decoder;

  AutoencoderBlock(ModelSpec spec) {
    super(VERSION);
    this.spec = spec;
    this.decoder = Layers.decoder(spec);
  }

  /** Builds the block for a spec: {@link Autoencoder} or {@link VariationalAutoencoder}. */
  public static AutoencoderBlock of(ModelSpec spec) {
    return spec.kind() == ModelKind.VAE ? new VariationalAutoencoder(spec) : new Autoencoder(spec);
  }

  /** The architecture. */
  public ModelSpec spec() {
    return spec;
  }

  /** The deterministic code of each image: the AE's z, the VAE's μ. */
  public abstract NDArray encodeMean(ParameterStore ps, NDArray images);

  /** The decoder's logits for codes {@code z} (before the sigmoid). */
  public NDArray decodeLogits(ParameterStore ps, NDArray z, boolean training) {
    return decoder.forward(ps, new NDList(z), training).singletonOrThrow();
  }

  /** Decodes codes {@code z} to pixel probabilities: sigmoid of the logits. */
  public NDArray decode(ParameterStore ps, NDArray z) {
    return Activation.sigmoid(decodeLogits(ps, z, false));
  }
}
