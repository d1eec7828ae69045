package org.latentlab.ui.plane;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.latentlab.inference.LatentModel;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.DimensionRange;
import org.latentlab.latent.Projection;
import org.latentlab.latent.SpatialIndex;

/**
 * One model's view of the data, computed once off the FX thread: every image's code, where it lands
 * on the plane, and what the plane and its sliders should cover.
 *
 * @param model the model that made the codes (null for a training snapshot: codes only)
 * @param codes one code per image (the AE's z, the VAE's μ)
 * @param labels the class of each image
 * @param projection how codes map to the plane
 * @param xs plane x of each code
 * @param ys plane y of each code
 * @param index hover hit-testing over (xs, ys)
 * @param home the initial visible area
 * @param ranges each latent dimension's slider range
 */
public record PlaneData(
    LatentModel model,
    float[][] codes,
    int[] labels,
    Projection projection,
    float[] xs,
    float[] ys,
    SpatialIndex index,
    Bounds home,
    DimensionRange[] ranges) {

  private static final int BATCH = 1000;

  /** The prior's reach per dimension that a VAE's sliders always cover (±3σ). */
  static final double PRIOR_SIGMAS = 3;

  /**
   * Encodes every image with {@code model} and lays the codes out on a plane (slow: background).
   */
  public static PlaneData prepare(LatentModel model, LabelledImages images) {
    return prepareAll(List.of(model), images).get(0);
  }

  /**
   * Encodes every image with each of {@code models} and lays each model's codes out on a plane
   * (slow: background). Each batch of images is read once for all the models, into one buffer that
   * is reused: start-up encodes the data with two models, and fresh arrays for every image were a
   * large part of that time (figures in {@code decisions.md}, "Encoding at start-up").
   */
  public static List<PlaneData> prepareAll(List<LatentModel> models, LabelledImages images) {
    int n = images.count();
    float[][][] codes = new float[models.size()][n][];
    float[][] batch = new float[Math.min(BATCH, n)][images.rows() * images.cols()];
    for (int from = 0; from < n; from += BATCH) {
      int to = Math.min(n, from + BATCH);
      float[][] rows = to - from == batch.length ? batch : Arrays.copyOf(batch, to - from);
      for (int i = from; i < to; i++) {
        images.copyImage(i, rows[i - from]);
      }
      for (int m = 0; m < models.size(); m++) {
        System.arraycopy(models.get(m).encode(rows), 0, codes[m], from, to - from);
      }
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = images.label(i);
    }
    List<PlaneData> out = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      LatentModel model = models.get(m);
      out.add(layout(model, codes[m], labels.clone(), model.info().variational()));
    }
    return out;
  }

  /**
   * Lays given codes out on a plane: the projection, plane positions, home area and slider ranges.
   *
   * @param model the model that made them, or null for codes shown without a decoder (training
   *     snapshots)
   * @param variational whether they are a VAE's μ (the home area then covers the prior's ±3σ)
   */
  public static PlaneData layout(
      LatentModel model, float[][] codes, int[] labels, boolean variational) {
    int n = codes.length;
    int dim = codes.length == 0 ? 2 : codes[0].length;
    Projection projection = Projection.fit(codes, dim);
    float[] xs = new float[n];
    float[] ys = new float[n];
    projection.projectAll(codes, xs, ys);
    // Percentiles keep a handful of far-flung AE codes from shrinking everything else to a dot.
    Bounds home = Bounds.percentile(xs, ys, 0.2, 99.8).padded(0.06);
    DimensionRange[] ranges = DimensionRange.ofCodes(codes, dim);
    if (variational) {
      ranges = DimensionRange.withPrior(ranges, PRIOR_SIGMAS);
      if (dim <= 2) {
        home = home.union(Bounds.around(0, 0, PRIOR_SIGMAS, dim == 2 ? PRIOR_SIGMAS : 0.5));
      }
    }
    return new PlaneData(
        model, codes, labels, projection, xs, ys, SpatialIndex.build(xs, ys), home, ranges);
  }

  /** The number of points. */
  public int size() {
    return codes.length;
  }

  /** The latent size. */
  public int latentDim() {
    return projection.latentDim();
  }
}
