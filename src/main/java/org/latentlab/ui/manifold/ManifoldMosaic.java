package org.latentlab.ui.manifold;

import org.latentlab.latent.Bounds;
import org.latentlab.latent.ManifoldGrid;

/**
 * One model's decodes over an n × n grid of plane points, tile k at row k / n, column k % n.
 *
 * @param grid where each tile was decoded
 * @param area the plane area the grid covers, or null for the Gaussian-quantile grid
 * @param tiles one decoded image per tile
 * @param rows image height
 * @param cols image width
 * @param xLabel the plane's horizontal axis name
 * @param yLabel the plane's vertical axis name
 */
public record ManifoldMosaic(
    ManifoldGrid grid,
    Bounds area,
    float[][] tiles,
    int rows,
    int cols,
    String xLabel,
    String yLabel) {

  /** Whether the grid runs through the inverse Gaussian CDF rather than over a plane area. */
  public boolean gaussian() {
    return area == null;
  }
}
