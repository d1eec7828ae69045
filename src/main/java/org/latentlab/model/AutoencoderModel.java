package org.latentlab.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

/**
 * An autoencoder or VAE with its weights in native memory: the single owner of the DJL {@link Model}
 * (and so of its NDManager and parameters). Close it once when done.
 */
public final class AutoencoderModel implements AutoCloseable {
  private final Model model;
  private final AutoencoderBlock block;
  private volatile ModelMetadata metadata;

  private AutoencoderModel(Model model, AutoencoderBlock block, ModelMetadata metadata) {
    this.model = model;
    this.block = block;
    this.metadata = metadata;
  }

  /** A fresh model whose block is built for {@code metadata.spec()} but not yet initialized. */
  static AutoencoderModel uninitialized(ModelMetadata metadata) {
    EngineSetup.configure(0);
    AutoencoderBlock block = AutoencoderBlock.of(metadata.spec());
    Model model = Model.newInstance(metadata.spec().kind().id(), Device.cpu(), EngineSetup.ENGINE);
    model.setBlock(block);
    return new AutoencoderModel(model, block, metadata);
  }

  /**
   * A new model with randomly initialized weights (uniform ±1/√fan_in, as PyTorch). Seed DJL's
   * engine first ({@code Engine.setRandomSeed}) for a repeatable start.
   */
  public static AutoencoderModel create(ModelMetadata metadata) {
    AutoencoderModel m = uninitialized(metadata);
    m.block.initialize(m.model.getNDManager(), DataType.FLOAT32, Layers.inputShape(metadata.spec()));
    return m;
  }

  /** The DJL model (for a Trainer). Owned by this object. */
  public Model djlModel() {
    return model;
  }

  /** The network. */
  public AutoencoderBlock block() {
    return block;
  }

  /** The manager that owns the weights; create per-call sub-managers from it. */
  public NDManager manager() {
    return model.getNDManager();
  }

  /** The architecture and provenance. */
  public ModelMetadata metadata() {
    return metadata;
  }

  /** Replaces the metadata (after training, to record how it went). */
  public void setMetadata(ModelMetadata metadata) {
    if (!metadata.spec().equals(this.metadata.spec())) {
      throw new IllegalArgumentException("metadata describes another architecture");
    }
    this.metadata = metadata;
  }

  @Override
  public void close() {
    model.close();
  }
}
