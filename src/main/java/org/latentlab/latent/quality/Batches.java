package org.latentlab.latent.quality;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/** Runs a row-wise function over many rows a batch at a time, to bound memory per call. */
final class Batches {
  private Batches() {}

  /** {@code f} applied to {@code rows} in slices of at most {@code batch}, results in order. */
  static float[][] map(float[][] rows, int batch, UnaryOperator<float[][]> f) {
    float[][] out = new float[rows.length][];
    for (int from = 0; from < rows.length; from += batch) {
      int to = Math.min(rows.length, from + batch);
      float[][] part = f.apply(Arrays.copyOfRange(rows, from, to));
      if (part.length != to - from) {
        throw new IllegalStateException(
            "a model returned " + part.length + " rows for " + (to - from) + " inputs");
      }
      System.arraycopy(part, 0, out, from, to - from);
    }
    return out;
  }

  /** The classifier's probabilities of the decodes of {@code codes}, a batch at a time. */
  static float[][] classifyDecodes(float[][] codes, int batch, Decoder d, Classifier c) {
    return map(codes, batch, part -> c.classify(d.decode(part)));
  }
}
