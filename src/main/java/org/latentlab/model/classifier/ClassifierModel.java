package org.latentlab.model.classifier;

import ai.djl.nn.SequentialBlock;
import org.latentlab.model.NativeModel;

/**
 * An image classifier with its weights in native memory ({@link NativeModel}: close it once when
 * done).
 */
public final class ClassifierModel extends NativeModel<SequentialBlock, ClassifierMetadata> {

  private ClassifierModel(ClassifierMetadata metadata) {
    super(
        "classifier",
        metadata,
        () -> ClassifierNetwork.build(metadata.spec()),
        ClassifierNetwork.inputShape(metadata.spec()),
        ClassifierMetadata::spec);
  }

  /** A model whose network is built for {@code metadata.spec()} but not initialized. */
  static ClassifierModel uninitialized(ClassifierMetadata metadata) {
    return new ClassifierModel(metadata);
  }

  /** A new classifier with random weights (seed DJL's engine first for a repeatable start). */
  public static ClassifierModel create(ClassifierMetadata metadata) {
    ClassifierModel m = uninitialized(metadata);
    m.initializeWeights();
    return m;
  }

  /** The network: pixels in, logits out (the same as {@link #block()}). */
  public SequentialBlock network() {
    return block();
  }
}
