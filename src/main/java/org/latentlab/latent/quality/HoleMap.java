package org.latentlab.latent.quality;

import org.latentlab.latent.Bounds;
import org.latentlab.latent.ManifoldGrid;
import org.latentlab.latent.Projection;

/**
 * What a classifier makes of the decoder's output over an n × n grid of a latent plane: for every
 * cell, the confidence (largest class probability) and the label of the image decoded at the cell's
 * centre. Low confidence marks a <em>hole</em>: a region the decoder maps to something that is no
 * recognisable class. Cells are numbered row by row from the top-left, as in {@link ManifoldGrid}.
 *
 * <p>For codes of more than two dimensions the plane is that of a {@link Projection} (the first two
 * principal components through the mean of the codes): each cell centre is lifted to the code with
 * that plane position and the mean in every other direction.
 *
 * <p>A second judge, when real images are given ({@link HeldOut}): a cell is <em>off the
 * manifold</em> when its decode lies outside every real image's k-NN ball in the classifier's
 * feature space, the realism test of precision (Kynkäänniemi et al. 2019) applied cell by cell.
 *
 * @param area the part of the plane the grid covers
 * @param n cells per side
 * @param confidence the confidence of each cell, row by row from the top
 * @param label the most probable class of each cell
 * @param offManifold whether each cell's decode is off the real images' manifold; null when no real
 *     images were given
 */
public record HoleMap(Bounds area, int n, float[] confidence, int[] label, boolean[] offManifold) {

  /** Checks sizes. */
  public HoleMap {
    if (n < 1
        || confidence.length != n * n
        || label.length != n * n
        || (offManifold != null && offManifold.length != n * n)) {
      throw new IllegalArgumentException(
          "a " + n + "x" + n + " hole map needs " + n * n + " cells");
    }
    confidence = confidence.clone();
    label = label.clone();
    offManifold = offManifold == null ? null : offManifold.clone();
  }

  /** A map judged by the classifier's confidence only. */
  public HoleMap(Bounds area, int n, float[] confidence, int[] label) {
    this(area, n, confidence, label, null);
  }

  /**
   * Decodes the centre of every cell of an n × n grid over {@code area} and classifies it.
   *
   * @param projection how plane points become codes ({@link Projection#lift})
   * @param batch the most codes decoded in one call
   */
  public static HoleMap compute(
      Bounds area,
      int n,
      Projection projection,
      Decoder decoder,
      Classifier classifier,
      int batch) {
    return compute(area, n, projection, decoder, classifier, null, batch);
  }

  /**
   * As {@link #compute(Bounds, int, Projection, Decoder, Classifier, int)}, and also whether each
   * cell's decode is off the manifold of {@code real} (skipped when it is null).
   */
  public static HoleMap compute(
      Bounds area,
      int n,
      Projection projection,
      Decoder decoder,
      Classifier classifier,
      HeldOut real,
      int batch) {
    float[][] codes = ManifoldGrid.over(area, n).codes(projection);
    float[][] images = Batches.map(codes, batch, decoder::decode);
    float[][] probabilities = Batches.map(images, batch, classifier::classify);
    float[] confidence = new float[codes.length];
    int[] label = new int[codes.length];
    for (int k = 0; k < codes.length; k++) {
      label[k] = Classifier.label(probabilities[k]);
      confidence[k] = probabilities[k][label[k]];
    }
    boolean[] off = null;
    if (real != null) {
      off = real.onManifold(images);
      for (int k = 0; k < off.length; k++) {
        off[k] = !off[k];
      }
    }
    return new HoleMap(area, n, confidence, label, off);
  }

  /** Whether the map says which cells are off the manifold. */
  public boolean judgedByManifold() {
    return offManifold != null;
  }

  /** The fraction of cells off the real images' manifold (NaN when not judged so). */
  public double offManifoldFraction() {
    if (offManifold == null) {
      return Double.NaN;
    }
    int off = 0;
    for (boolean o : offManifold) {
      if (o) {
        off++;
      }
    }
    return (double) off / offManifold.length;
  }

  /** Whether the cell in {@code row} and {@code col} is off the manifold (false if not judged). */
  public boolean offManifold(int row, int col) {
    return offManifold != null && offManifold[row * n + col];
  }

  /** The fraction of cells whose confidence is below {@code threshold}. */
  public double holeFraction(double threshold) {
    int holes = 0;
    for (float c : confidence) {
      if (c < threshold) {
        holes++;
      }
    }
    return (double) holes / confidence.length;
  }

  /** The confidence of the cell in {@code row} (0 = top) and {@code col} (0 = left). */
  public float confidence(int row, int col) {
    return confidence[row * n + col];
  }

  /** The label of the cell in {@code row} and {@code col}. */
  public int label(int row, int col) {
    return label[row * n + col];
  }

  @Override
  public float[] confidence() {
    return confidence.clone();
  }

  @Override
  public int[] label() {
    return label.clone();
  }

  @Override
  public boolean[] offManifold() {
    return offManifold == null ? null : offManifold.clone();
  }
}
