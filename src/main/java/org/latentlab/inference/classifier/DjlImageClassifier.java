package org.latentlab.inference.classifier;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.BlockList;
import ai.djl.training.ParameterStore;
import java.util.Locale;
import org.latentlab.model.InputBuffer;
import org.latentlab.model.classifier.ClassifierMetadata;
import org.latentlab.model.classifier.ClassifierModel;

/**
 * {@link ImageClassifier} over a DJL {@link ClassifierModel}: each call builds its arrays in a
 * sub-manager and closes it before returning; calls are serialized.
 */
final class DjlImageClassifier implements ImageClassifier {
  private final ClassifierModel model;
  private final ParameterStore parameters;
  private final ClassifierInfo info;
  private final InputBuffer input = new InputBuffer();
  private boolean closed;

  DjlImageClassifier(ClassifierModel model, String name) {
    this.model = model;
    this.parameters = new ParameterStore(model.manager(), false);
    ClassifierMetadata m = model.metadata();
    this.info =
        new ClassifierInfo(
            name,
            m.spec().describe(),
            m.spec().rows(),
            m.spec().cols(),
            m.dataset(),
            m.classNames());
  }

  @Override
  public ClassifierInfo info() {
    return info;
  }

  @Override
  public synchronized float[][] probabilities(float[][] images) {
    float[] flat = flatten(images);
    int classes = info.classNames().size();
    float[] p;
    try (NDManager call = model.manager().newSubManager()) {
      NDArray x = input.create(call, flat, new Shape(images.length, info.pixels()));
      NDArray logits = model.network().forward(parameters, new NDList(x), false).singletonOrThrow();
      p = logits.softmax(1).toFloatArray();
    }
    return rows(p, images.length, classes);
  }

  @Override
  public synchronized float[][] features(float[][] images) {
    float[] flat = flatten(images);
    float[] f;
    int width;
    try (NDManager call = model.manager().newSubManager()) {
      NDList x = new NDList(input.create(call, flat, new Shape(images.length, info.pixels())));
      BlockList layers = model.network().getChildren();
      for (int i = 0; i < layers.size() - 1; i++) { // all but the last (logits) layer
        x = layers.get(i).getValue().forward(parameters, x, false);
      }
      NDArray features = x.singletonOrThrow();
      width = (int) features.getShape().get(1);
      f = features.toFloatArray();
    }
    return rows(f, images.length, width);
  }

  private float[] flatten(float[][] images) {
    if (closed) {
      throw new IllegalStateException(info.name() + " is closed");
    }
    int width = info.pixels();
    float[] flat = new float[images.length * width];
    for (int i = 0; i < images.length; i++) {
      if (images[i].length != width) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT, "image %d has %d pixels, expected %d", i, images[i].length, width));
      }
      System.arraycopy(images[i], 0, flat, i * width, width);
    }
    return flat;
  }

  private static float[][] rows(float[] flat, int count, int width) {
    float[][] out = new float[count][width];
    for (int i = 0; i < count; i++) {
      System.arraycopy(flat, i * width, out[i], 0, width);
    }
    return out;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      model.close();
    }
  }
}
