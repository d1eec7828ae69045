package org.latentlab.app.bench;

import org.latentlab.inference.LatentModel;

/** Decoder timings through the same handle the window uses. */
final class DecodeTiming {
  private DecodeTiming() {}

  /** {median, p99} microseconds of decoding one point, after 500 warm-up calls. */
  static double[] single(LatentModel m, int calls) {
    float[] z = new float[m.info().latentDim()];
    for (int i = 0; i < 500; i++) {
      z[0] = (float) Math.sin(i);
      m.decode(z);
    }
    double[] t = new double[calls];
    for (int i = 0; i < calls; i++) {
      z[0] = (float) Math.sin(i * 0.37);
      long t0 = System.nanoTime();
      m.decode(z);
      t[i] = (System.nanoTime() - t0) / 1e3;
    }
    return new double[] {Stats.median(t), Stats.percentile(t, 99)};
  }

  /**
   * Median milliseconds of decoding an {@code n}-point grid into reused rows ({@link
   * LatentModel#decodeInto}, as the PyTorch side's decoder returns its tensor without copying it
   * out), after 200 warm-up calls (the reference's {@code time_decoder} protocol: 200 warm-up
   * calls, then the timed ones).
   */
  static double grid(LatentModel m, int n, int repeats) {
    float[][] codes = new float[n][m.info().latentDim()];
    for (int i = 0; i < n; i++) {
      codes[i][0] = (i % 20) / 5f - 2;
      codes[i][1 % codes[i].length] = (i / 20) / 5f - 2;
    }
    float[][] into = new float[n][m.info().pixels()];
    for (int i = 0; i < 200; i++) {
      m.decodeInto(codes, into);
    }
    double[] t = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      m.decodeInto(codes, into);
      t[i] = (System.nanoTime() - t0) / 1e6;
    }
    return Stats.median(t);
  }
}
