package org.latentlab.ui.plane;

import java.util.ArrayList;
import java.util.List;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.Projection;
import org.latentlab.ui.explorer.ExplorerViewModel;

/**
 * Everything one drawing of a latent plane needs, captured from the view models, so the same
 * drawing can go to the window, a PNG or an off-screen render.
 *
 * @param title drawn above the plot when not null (exports); null on screen, where a label shows it
 * @param data the codes and their layout, or null (an empty plot)
 * @param view the visible area
 * @param cursor the cursor's plane position, or null
 * @param hovered the image under the mouse, or -1
 * @param first the first selected image, or -1
 * @param second the second selected image, or -1
 * @param path the interpolation path in plane coordinates, or null
 * @param priorRings whether to draw the 1σ, 2σ and 3σ contours of a VAE's N(0, I) prior (circles
 *     around the origin; on a PCA plane, around where the origin projects)
 * @param marks the posterior, its samples and prior samples to draw on top, or null
 */
public record PlaneScene(
    String title,
    PlaneData data,
    Bounds view,
    double[] cursor,
    int hovered,
    int first,
    int second,
    double[][] path,
    boolean priorRings,
    PlaneMarks marks) {

  /** A scene without marks. */
  public PlaneScene(
      String title,
      PlaneData data,
      Bounds view,
      double[] cursor,
      int hovered,
      int first,
      int second,
      double[][] path,
      boolean priorRings) {
    this(title, data, view, cursor, hovered, first, second, path, priorRings, null);
  }

  /** This scene with the cursor at {@code c} (null: no cursor). */
  PlaneScene withCursor(double[] c) {
    return new PlaneScene(title, data, view, c, hovered, first, second, path, priorRings, marks);
  }

  /**
   * What is drawn over the points, bottom first: the prior's rings, the posterior marks, the path,
   * the hover ring, markers A and B, and the cursor.
   */
  List<PlaneLayer> overlays() {
    List<PlaneLayer> layers = new ArrayList<>();
    if (priorRings && data != null) {
      layers.add(PlaneOverlays.priorRings(data.projection()));
    }
    if (marks != null) {
      layers.add(PosteriorOverlays.layer(marks));
    }
    if (data != null) {
      layers.add(PlaneOverlays.path(path));
      layers.add(PlaneOverlays.hovered(data, hovered));
      layers.add(PlaneOverlays.marker(data, first, "A"));
      layers.add(PlaneOverlays.marker(data, second, "B"));
    }
    if (cursor != null) {
      layers.add(PlaneOverlays.cursor(cursor));
    }
    return layers;
  }

  /** The area {@code plane} shows (±3 on both axes before it has data). */
  static Bounds viewOf(PlaneViewModel plane) {
    Bounds view = plane.viewProperty().get();
    return view == null ? new Bounds(-3, 3, -3, 3) : view;
  }

  /** The current state of {@code plane} in {@code explorer}. */
  public static PlaneScene of(ExplorerViewModel explorer, PlaneViewModel plane, String title) {
    PlaneData d = plane.dataProperty().get();
    Bounds view = viewOf(plane);
    double[][] path = null;
    float[][] codes = plane.pathProperty().get();
    if (d != null && codes != null) {
      Projection p = d.projection();
      path = new double[codes.length][];
      for (int i = 0; i < codes.length; i++) {
        path[i] = new double[] {p.x(codes[i]), p.y(codes[i])};
      }
    }
    boolean rings =
        d != null && d.model() != null && d.model().info().variational() && d.latentDim() >= 2;
    return new PlaneScene(
        title,
        d,
        view,
        plane.cursorOnPlane(),
        explorer.hoveredProperty().get(),
        explorer.firstSelectedProperty().get(),
        explorer.secondSelectedProperty().get(),
        path,
        rings);
  }
}
