package org.latentlab.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.initializer.Initializer;
import java.util.List;

/** Builds the dense layers the encoders and the decoder are made of. */
public final class Layers {
  private Layers() {}

  /**
   * A fully connected layer initialized as PyTorch's {@code nn.Linear} is: weights and bias uniform
   * in ±1/√fan_in. DJL's default (Xavier-normal weights, zero bias) trains measurably worse here
   * (see PLATFORM.md), and the PyTorch reference is our yardstick.
   */
  public static Linear linear(int fanIn, int units) {
    Linear layer = Linear.builder().setUnits(units).build();
    Initializer uniform = uniform(fanIn);
    layer.setInitializer(uniform, Parameter.Type.WEIGHT);
    layer.setInitializer(uniform, Parameter.Type.BIAS);
    return layer;
  }

  /**
   * Uniform in ±1/√fan_in: PyTorch's default for the weights and biases of dense and conv layers.
   */
  public static Initializer uniform(int fanIn) {
    float bound = (float) (1.0 / Math.sqrt(fanIn));
    return (manager, shape, dataType) ->
        manager.randomUniform(-bound, bound, shape, dataType, manager.getDevice());
  }

  /** {@code in → sizes[0] → … → sizes[last]}, with a ReLU after every layer. */
  static SequentialBlock reluStack(int in, List<Integer> sizes) {
    SequentialBlock block = new SequentialBlock();
    int fanIn = in;
    for (int units : sizes) {
      block.add(linear(fanIn, units)).add(Activation.reluBlock());
      fanIn = units;
    }
    return block;
  }

  /**
   * The decoder network {@code latent → hidden reversed (ReLU) → pixels}, producing logits; the
   * sigmoid that turns them into pixel probabilities is applied by {@code decode}, and the loss
   * uses the logits directly for numerical stability.
   */
  static SequentialBlock decoder(ModelSpec spec) {
    List<Integer> reversed = new java.util.ArrayList<>(spec.hidden());
    java.util.Collections.reverse(reversed);
    SequentialBlock block = reluStack(spec.latentDim(), reversed);
    block.add(linear(reversed.get(reversed.size() - 1), spec.pixels()));
    return block;
  }

  /** The batch-of-one input shape used to initialize blocks. */
  static Shape inputShape(ModelSpec spec) {
    return new Shape(1, spec.pixels());
  }
}
