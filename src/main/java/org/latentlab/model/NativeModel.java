package org.latentlab.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A network with its weights in native memory: the single owner of the DJL {@link Model} (and so of
 * its NDManager and parameters) and of the metadata that describes it. Close it once when done.
 * {@link AutoencoderModel} and the classifier's model are the two kinds; this class is the
 * lifecycle they share.
 *
 * @param <B> the network
 * @param <M> its metadata: the architecture and provenance
 */
public abstract class NativeModel<B extends Block, M> implements AutoCloseable {
  private final Model model;
  private final B block;
  private final Shape inputShape;
  private final Function<M, ?> architecture;
  private volatile M metadata;

  /**
   * Sets up the engine, then builds the network, not yet initialized.
   *
   * @param name the DJL model's name
   * @param metadata what the network is
   * @param network builds the network (called once the engine is set up)
   * @param inputShape the batch-of-one input shape that initializes the network
   * @param architecture the part of the metadata the weights depend on; it never changes
   */
  protected NativeModel(
      String name, M metadata, Supplier<B> network, Shape inputShape, Function<M, ?> architecture) {
    EngineSetup.configure(0);
    this.block = network.get();
    this.model = Model.newInstance(name, Device.cpu(), EngineSetup.ENGINE);
    model.setBlock(block);
    this.inputShape = inputShape;
    this.architecture = architecture;
    this.metadata = metadata;
  }

  /**
   * Gives the network random weights (uniform ±1/√fan_in, as PyTorch). Seed DJL's engine first
   * ({@code Engine.setRandomSeed}) for a repeatable start.
   */
  protected final void initializeWeights() {
    block.initialize(model.getNDManager(), DataType.FLOAT32, inputShape);
  }

  /** The batch-of-one input shape the network is initialized with. */
  final Shape inputShape() {
    return inputShape;
  }

  /** The DJL model (for a Trainer). Owned by this object. */
  public final Model djlModel() {
    return model;
  }

  /** The network. */
  public final B block() {
    return block;
  }

  /** The manager that owns the weights; create per-call sub-managers from it. */
  public final NDManager manager() {
    return model.getNDManager();
  }

  /** The architecture and provenance. */
  public final M metadata() {
    return metadata;
  }

  /** Replaces the metadata (after training, to record how it went); the architecture must stay. */
  public final void setMetadata(M metadata) {
    if (!architecture.apply(metadata).equals(architecture.apply(this.metadata))) {
      throw new IllegalArgumentException("metadata describes another architecture");
    }
    this.metadata = metadata;
  }

  /** Frees the weights; the model is unusable afterwards. */
  @Override
  public void close() {
    model.close();
  }
}
