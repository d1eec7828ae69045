package org.latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/**
 * The variational autoencoder (Kingma and Welling, 2014): the encoder gives a Gaussian posterior
 * q(z|x) = N(μ(x), diag σ²(x)), a code is drawn from it by the reparameterization z = μ + σ ⊙ ε, and
 * the decoder gives p(x|z). Training maximizes the ELBO ({@link Elbo}).
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

  /**
   * The reparameterization trick: z = μ + σ ⊙ ε with ε ~ N(0, I) and σ = exp(½ log σ²).
   *
   * <p>The randomness is in ε alone, which does not depend on the encoder, so z is a differentiable
   * function of μ and σ and gradients flow back into the encoder.
   */
  public static NDArray reparameterize(NDArray mu, NDArray logVar) {
    NDArray epsilon = mu.getManager().randomNormal(mu.getShape());
    NDArray sigma = logVar.mul(Scalar.of(logVar, 0.5f)).exp();
    return mu.add(sigma.mul(epsilon));
  }

  @Override
  public NDArray encodeMean(ParameterStore ps, NDArray images) {
    return encode(ps, images, false).get(0);
  }

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
