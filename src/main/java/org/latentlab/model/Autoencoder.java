package org.latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/**
 * The plain autoencoder: z = encoder(x), x̂ = sigmoid(decoder(z)). Nothing shapes its latent space
 * but reconstruction, so codes cluster and the space between clusters has holes.
 *
 * <p>The denoising and the sparse autoencoder are this network too; only their training differs
 * ({@link Elbo}). Forward output: {@code [logits, z]}, and for a sparse autoencoder {@code [logits,
 * z, h]} with h the last hidden layer's activations, which its penalty reads.
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

  /**
   * h: the activations of the encoder's last hidden layer (after its ReLU), from which the code is
   * one linear layer away. The layers are run one by one so that the saved parameters keep the
   * layout of a single encoder block.
   */
  NDArray hidden(ParameterStore ps, NDArray images, boolean training) {
    List<Block> layers = encoder.getChildren().values();
    NDList h = new NDList(images);
    for (int i = 0; i < layers.size() - 1; i++) {
      h = layers.get(i).forward(ps, h, training);
    }
    return h.singletonOrThrow();
  }

  /** z = the last linear layer of the encoder applied to {@link #hidden}. */
  private NDArray code(ParameterStore ps, NDArray h, boolean training) {
    List<Block> layers = encoder.getChildren().values();
    return layers.get(layers.size() - 1).forward(ps, new NDList(h), training).singletonOrThrow();
  }

  @Override
  public NDArray hiddenActivations(ParameterStore ps, NDArray images) {
    return hidden(ps, images, false);
  }

  /** x̂ = sigmoid(decoder(z)): the pixel probabilities of codes {@code z}. */
  @Override
  public NDArray decode(ParameterStore ps, NDArray z) {
    return Activation.sigmoid(decodeLogits(ps, z, false));
  }

  /** x → z → the decoder's logits: {@code [logits, z]} ({@code [logits, z, h]} for an SAE). */
  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    if (spec.kind() != ModelKind.SAE) {
      NDArray z = encode(ps, inputs.singletonOrThrow(), training);
      return new NDList(decodeLogits(ps, z, training), z);
    }
    NDArray h = hidden(ps, inputs.singletonOrThrow(), training);
    NDArray z = code(ps, h, training);
    return new NDList(decodeLogits(ps, z, training), z, h);
  }

  @Override
  public NDArray encodeMean(ParameterStore ps, NDArray images) {
    return encode(ps, images, false);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    long batch = inputShapes[0].get(0);
    Shape logits = new Shape(batch, spec.pixels());
    Shape z = new Shape(batch, spec.latentDim());
    return spec.kind() == ModelKind.SAE
        ? new Shape[] {logits, z, new Shape(batch, spec.hidden().get(spec.hidden().size() - 1))}
        : new Shape[] {logits, z};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    encoder.initialize(manager, dataType, inputShapes[0]);
    decoder.initialize(manager, dataType, new Shape(inputShapes[0].get(0), spec.latentDim()));
  }
}
