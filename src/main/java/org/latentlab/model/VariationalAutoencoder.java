package org.latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/**
 * The variational autoencoder (Kingma and Welling, "Auto-Encoding Variational Bayes", ICLR 2014),
 * read in the lecture's order: {@link #encode} gives the Gaussian posterior q(z|x) = N(μ(x), diag
 * σ²(x)), {@link #reparameterize} draws a code z = μ + σ ⊙ ε from it, {@link #decode} gives p(x|z),
 * and the forward pass chains the three. Training maximizes the ELBO ({@link Elbo}).
 *
 * <p>Forward output: {@code [logits, μ, log σ²]}. In training a sampled z is decoded; outside
 * training, z = μ.
 */
public final class VariationalAutoencoder extends AutoencoderBlock {
  private final SequentialBlock trunk;
  private final Linear muHead;
  private final Linear logVarHead;

  VariationalAutoencoder(ModelSpec spec) {
    super(spec);
    List<Integer> hidden = spec.hidden();
    int last = hidden.get(hidden.size() - 1);
    trunk = Layers.reluStack(spec.pixels(), hidden);
    muHead = Layers.linear(last, spec.latentDim());
    logVarHead = Layers.linear(last, spec.latentDim());
    addChildBlock("encoder", trunk);
    addChildBlock("mu", muHead);
    addChildBlock("logVar", logVarHead);
    addChildBlock("decoder", decoder);
  }

  /** q(z|x): the posterior's mean μ and log-variance log σ², returned as {@code [μ, log σ²]}. */
  public NDList encode(ParameterStore ps, NDArray images, boolean training) {
    NDArray h = trunk.forward(ps, new NDList(images), training).singletonOrThrow();
    NDArray mu = muHead.forward(ps, new NDList(h), training).singletonOrThrow();
    NDArray logVar = logVarHead.forward(ps, new NDList(h), training).singletonOrThrow();
    return new NDList(mu, logVar);
  }

  @Override
  public NDArray hiddenActivations(ParameterStore ps, NDArray images) {
    return trunk.forward(ps, new NDList(images), false).singletonOrThrow();
  }

  /**
   * The reparameterization trick (section 2.4): z = μ + σ ⊙ ε with ε ~ N(0, I) and σ = exp(½ log
   * σ²).
   *
   * <p>The randomness is in ε alone, which does not depend on the encoder, so z is a differentiable
   * function of μ and σ and gradients flow back into the encoder. {@link
   * org.latentlab.latent.vae.Reparameterization} draws the same way in plain Java for the window.
   */
  public static NDArray reparameterize(NDArray mu, NDArray logVar) {
    NDArray epsilon = mu.getManager().randomNormal(mu.getShape());
    NDArray sigma = logVar.mul(Scalar.of(logVar, 0.5f)).exp();
    return mu.add(sigma.mul(epsilon));
  }

  /**
   * p(x|z): the Bernoulli decoder's pixel probabilities x̂ = sigmoid(decoder(z)). The loss reads
   * the logits before the sigmoid ({@link #decodeLogits}).
   */
  @Override
  public NDArray decode(ParameterStore ps, NDArray z) {
    return Activation.sigmoid(decodeLogits(ps, z, false));
  }

  /** x → q(z|x) → z (sampled in training, μ otherwise) → the decoder's logits. */
  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList posterior = encode(ps, inputs.singletonOrThrow(), training);
    NDArray mu = posterior.get(0);
    NDArray logVar = posterior.get(1);
    NDArray z = training ? reparameterize(mu, logVar) : mu;
    return new NDList(decodeLogits(ps, z, training), mu, logVar);
  }

  @Override
  public NDArray encodeMean(ParameterStore ps, NDArray images) {
    return encode(ps, images, false).get(0);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    long batch = inputShapes[0].get(0);
    Shape code = new Shape(batch, spec.latentDim());
    return new Shape[] {new Shape(batch, spec.pixels()), code, code};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    trunk.initialize(manager, dataType, inputShapes[0]);
    Shape hidden = trunk.getOutputShapes(new Shape[] {inputShapes[0]})[0];
    muHead.initialize(manager, dataType, hidden);
    logVarHead.initialize(manager, dataType, hidden);
    decoder.initialize(manager, dataType, new Shape(inputShapes[0].get(0), spec.latentDim()));
  }
}
