package org.latentlab.latent;

/**
 * A uniform grid over 2-D points for "which point is under the mouse": a query looks only at the
 * cells its search window overlaps, so hover hit-testing stays cheap with 60,000 points.
 */
public final class SpatialIndex {
  private final float[] xs;
  private final float[] ys;
  private final Bounds extent;
  private final int cols;
  private final int rows;

  /** Points of cell c are order[cellStart[c] .. cellStart[c + 1]). */
  private final int[] cellStart;

  private final int[] order;

  private SpatialIndex(float[] xs, float[] ys, Bounds extent, int cols, int rows) {
    this.xs = xs;
    this.ys = ys;
    this.extent = extent;
    this.cols = cols;
    this.rows = rows;
    int cells = cols * rows;
    int[] cellOf = new int[xs.length];
    cellStart = new int[cells + 1];
    for (int i = 0; i < xs.length; i++) {
      cellOf[i] = cell(col(xs[i]), row(ys[i]));
      cellStart[cellOf[i] + 1]++;
    }
    for (int c = 0; c < cells; c++) {
      cellStart[c + 1] += cellStart[c];
    }
    order = new int[xs.length];
    int[] fill = cellStart.clone();
    for (int i = 0; i < xs.length; i++) {
      order[fill[cellOf[i]]++] = i;
    }
  }

  /**
   * Indexes points (xs[i], ys[i]); the arrays are kept, not copied.
   *
   * @param xs plane x of each point
   * @param ys plane y of each point, same length
   */
  public static SpatialIndex build(float[] xs, float[] ys) {
    if (xs.length != ys.length) {
      throw new IllegalArgumentException(xs.length + " x values but " + ys.length + " y values");
    }
    // About 4 points per cell on average, at most 256 cells a side.
    int side = (int) Math.max(1, Math.min(256, Math.round(Math.sqrt(xs.length / 4.0))));
    return new SpatialIndex(xs, ys, Bounds.of(xs, ys), side, side);
  }

  private int col(double x) {
    int c = (int) Math.floor((x - extent.xMin()) / extent.width() * cols);
    return Math.max(0, Math.min(cols - 1, c));
  }

  private int row(double y) {
    int r = (int) Math.floor((y - extent.yMin()) / extent.height() * rows);
    return Math.max(0, Math.min(rows - 1, r));
  }

  private int cell(int col, int row) {
    return row * cols + col;
  }

  /** The number of indexed points. */
  public int size() {
    return xs.length;
  }

  /**
   * The point nearest to (x, y) inside the ellipse with half-axes rx, ry (in plane units: a few
   * pixels converted by the current zoom), measured in that ellipse's metric; -1 if none.
   */
  public int nearest(double x, double y, double rx, double ry) {
    if (xs.length == 0 || !(rx > 0 && ry > 0)) {
      return -1;
    }
    if (x + rx < extent.xMin()
        || x - rx > extent.xMax()
        || y + ry < extent.yMin()
        || y - ry > extent.yMax()) {
      return -1;
    }
    int best = -1;
    double bestD = 1.0;
    for (int r = row(y - ry); r <= row(y + ry); r++) {
      for (int c = col(x - rx); c <= col(x + rx); c++) {
        int cell = cell(c, r);
        for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
          int i = order[k];
          double dx = (xs[i] - x) / rx;
          double dy = (ys[i] - y) / ry;
          double d = dx * dx + dy * dy;
          if (d <= bestD) {
            bestD = d;
            best = i;
          }
        }
      }
    }
    return best;
  }
}
