package org.latentlab.lesson;

import java.util.Objects;

/**
 * What a scene shows on one latent plane.
 *
 * @param view the visible rectangle {xMin, xMax, yMin, yMax} in latent coordinates, or null for the
 *     plane's default view
 * @param cursor the latent point the cursor sits on (and decodes), or null to leave it
 * @param model the model this plane shows instead of the scene's pair ("mnist-vae-beta0", a bundled
 *     model, or a model folder), so either plane can hold any model and two VAEs can sit side by
 *     side; null for the pair's own model
 */
public record PlaneSetup(double[] view, double[] cursor, String model) {
  /** The default view, the cursor left where it is, the pair's own model. */
  public static final PlaneSetup DEFAULT = new PlaneSetup(null, null, null);

  /** A view and cursor on the pair's own model. */
  public PlaneSetup(double[] view, double[] cursor) {
    this(view, cursor, null);
  }

  /**
   * Checks the shapes: a view of four finite numbers with min &lt; max, a cursor of two, a model
   * named by a non-blank word.
   */
  public PlaneSetup {
    if (model != null && model.isBlank()) {
      throw new IllegalArgumentException("'model' must name a bundled model or a model folder");
    }
    if (view != null) {
      if (view.length != 4) {
        throw new IllegalArgumentException("'view' needs four numbers: xMin, xMax, yMin, yMax");
      }
      for (double v : view) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("'view' needs finite numbers");
        }
      }
      if (!(view[0] < view[1] && view[2] < view[3])) {
        throw new IllegalArgumentException("'view' needs xMin < xMax and yMin < yMax");
      }
      view = view.clone();
    }
    if (cursor != null) {
      if (cursor.length != 2 || !Double.isFinite(cursor[0]) || !Double.isFinite(cursor[1])) {
        throw new IllegalArgumentException("'cursor' needs two finite numbers: x, y");
      }
      cursor = cursor.clone();
    }
  }

  @Override
  public double[] view() {
    return view == null ? null : view.clone();
  }

  @Override
  public double[] cursor() {
    return cursor == null ? null : cursor.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlaneSetup p
        && java.util.Arrays.equals(view, p.view)
        && java.util.Arrays.equals(cursor, p.cursor)
        && Objects.equals(model, p.model);
  }

  @Override
  public int hashCode() {
    return Objects.hash(java.util.Arrays.hashCode(view), java.util.Arrays.hashCode(cursor), model);
  }
}
