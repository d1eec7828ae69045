package org.latentlab.model;

/**
 * An autoencoder or VAE with its weights in native memory ({@link NativeModel}: close it once when
 * done).
 */
public final class AutoencoderModel extends NativeModel<AutoencoderBlock, ModelMetadata> {

  private AutoencoderModel(ModelMetadata metadata) {
    super(
        metadata.spec().kind().id(),
        metadata,
        () -> AutoencoderBlock.of(metadata.spec()),
        Layers.inputShape(metadata.spec()),
        ModelMetadata::spec);
  }

  /** A fresh model whose block is built for {@code metadata.spec()} but not yet initialized. */
  static AutoencoderModel uninitialized(ModelMetadata metadata) {
    return new AutoencoderModel(metadata);
  }

  /**
   * A new model with randomly initialized weights (uniform ±1/√fan_in, as PyTorch). Seed DJL's
   * engine first ({@code Engine.setRandomSeed}) for a repeatable start.
   */
  public static AutoencoderModel create(ModelMetadata metadata) {
    AutoencoderModel m = uninitialized(metadata);
    m.initializeWeights();
    return m;
  }
}
