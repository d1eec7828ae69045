package org.latentlab.model.classifier;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import org.latentlab.model.Layers;

/**
 * Builds the classifier network of a {@link ClassifierSpec}: images of {@code rows * cols} pixels
 * in, one logit per class out (the softmax is applied by whoever needs probabilities; the loss
 * works on the logits, see {@link CrossEntropy}).
 */
final class ClassifierNetwork {
  private ClassifierNetwork() {}

  /** The network for {@code spec}, not yet initialized. */
  static SequentialBlock build(ClassifierSpec spec) {
    SequentialBlock net = new SequentialBlock();
    if (!spec.filters().isEmpty()) {
      Shape image = new Shape(-1, 1, spec.rows(), spec.cols());
      net.add(LambdaBlock.singleton(x -> x.reshape(image), "toImage"));
      int channels = 1;
      int k = ClassifierSpec.KERNEL;
      for (int f : spec.filters()) {
        Conv2d conv =
            Conv2d.builder()
                .setKernelShape(new Shape(k, k))
                .optPadding(new Shape(k / 2, k / 2))
                .setFilters(f)
                .build();
        conv.setInitializer(Layers.uniform(channels * k * k), Parameter.Type.WEIGHT);
        conv.setInitializer(Layers.uniform(channels * k * k), Parameter.Type.BIAS);
        net.add(conv).add(Activation.reluBlock()).add(Pool.maxPool2dBlock(new Shape(2, 2)));
        channels = f;
      }
      net.add(Blocks.batchFlattenBlock());
    }
    int in = spec.features();
    for (int h : spec.hidden()) {
      net.add(Layers.linear(in, h)).add(Activation.reluBlock());
      in = h;
    }
    return net.add(Layers.linear(in, spec.classes()));
  }

  /** The batch-of-one input shape used to initialize the network. */
  static Shape inputShape(ClassifierSpec spec) {
    return new Shape(1, spec.pixels());
  }
}
