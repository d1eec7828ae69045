package org.latentlab.model.classifier;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.SequentialBlock;
import org.latentlab.model.EngineSetup;

/**
 * An image classifier with its weights in native memory: the single owner of the DJL {@link Model}.
 * Close it once when done.
 */
public final class ClassifierModel implements AutoCloseable {
  private final Model model;
  private final SequentialBlock network;
  private volatile ClassifierMetadata metadata;

  private ClassifierModel(Model model, SequentialBlock network, ClassifierMetadata metadata) {
    this.model = model;
    this.network = network;
    this.metadata = metadata;
  }

  /** A model whose network is built for {@code metadata.spec()} but not initialized. */
  static ClassifierModel uninitialized(ClassifierMetadata metadata) {
    EngineSetup.configure(0);
    SequentialBlock net = ClassifierNetwork.build(metadata.spec());
    Model model = Model.newInstance("classifier", Device.cpu(), EngineSetup.ENGINE);
    model.setBlock(net);
    return new ClassifierModel(model, net, metadata);
  }

  /** A new classifier with random weights (seed DJL's engine first for a repeatable start). */
  public static ClassifierModel create(ClassifierMetadata metadata) {
    ClassifierModel m = uninitialized(metadata);
    m.network.initialize(
        m.model.getNDManager(), DataType.FLOAT32, ClassifierNetwork.inputShape(metadata.spec()));
    return m;
  }

  /** The DJL model (for a Trainer). Owned by this object. */
  public Model djlModel() {
    return model;
  }

  /** The network: pixels in, logits out. */
  public SequentialBlock network() {
    return network;
  }

  /** The manager that owns the weights; create per-call sub-managers from it. */
  public NDManager manager() {
    return model.getNDManager();
  }

  /** The architecture and provenance. */
  public ClassifierMetadata metadata() {
    return metadata;
  }

  /** Replaces the metadata (after training, to record how it went). */
  public void setMetadata(ClassifierMetadata metadata) {
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
