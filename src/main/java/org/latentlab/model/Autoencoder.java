package org.latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/**
 * The plain autoencoder: z = encoder(x), x̂ = sigmoid(decoder(z)). Nothing shapes its latent space
 * but reconstruction, so codes cluster and the space between clusters has holes.
 *
 * <p>Forward output: {@code [logits, z]}.
 */
final class Autoencoder extends AutoencoderBlock {
  private final SequentialBlock encoder;

  Autoencoder(ModelSpec spec) {
    super(spec);
    List<Integer> hidden = spec.hidden();
    encoder = Layers.reluStack(spec.pixels(), hidden);
    encoder.add(Layers.linear(hidden.get(hidden.size() - 1), spec.latentDim()));
    addChildBlock("encoder", encoder);
    addChildBlock("decoder", decoder);
  }

  /** z = encoder(x). */
  NDArray encode(ParameterStore ps, NDArray images, boolean training) {
    return encoder.forward(ps, new NDList(images), training).singletonOrThrow();
  }

  /** x̂ = sigmoid(decoder(z)): the pixel probabilities of codes {@code z}. */
  @Override
  public NDArray decode(ParameterStore ps, NDArray z) {
    return Activation.sigmoid(decodeLogits(ps, z, false));
  }

  /** x → z → the decoder's logits: {@code [logits, z]}. */
  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray z = encode(ps, inputs.singletonOrThrow(), training);
    return new NDList(decodeLogits(ps, z, training), z);
  }

  @Override
  public NDArray encodeMean(ParameterStore ps, NDArray images) {
    return encode(ps, images, false);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    long batch = inputShapes[0].get(0);
    return new Shape[] {new Shape(batch, spec.pixels()), new Shape(batch, spec.latentDim())};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    encoder.initialize(manager, dataType, inputShapes[0]);
    decoder.initialize(manager, dataType, new Shape(inputShapes[0].get(0), spec.latentDim()));
  }
}
