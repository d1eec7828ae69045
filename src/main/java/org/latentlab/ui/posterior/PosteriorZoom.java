package org.latentlab.ui.posterior;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.Ellipse;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.ResizableCanvas;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneMarks;
import org.latentlab.ui.plane.PlaneRenderer;
import org.latentlab.ui.plane.PlaneScene;

/**
 * The VAE plane up close around the selected image's μ: a trained VAE's σ is a few hundredths of
 * the plane, so its ellipses and samples are specks on the full plane. Here the view is μ ± 3.5σ
 * (the larger σ), with the other images' μ as dots, so the 1σ and 2σ ellipses, the samples and the
 * neighbouring codes can be read.
 */
final class PosteriorZoom extends ResizableCanvas {
  private static final double SIGMAS = 3.5;
  private final ExplorerViewModel explorer;
  private final PlaneRenderer renderer = new PlaneRenderer();

  PosteriorZoom(ExplorerViewModel explorer) {
    this.explorer = explorer;
    setId("posterior-zoom");
    setOnResize(this::redraw);
    setMinSize(220, 220);
    setPrefSize(250, 246);
    setMaxSize(250, 246);
    PosteriorViewModel p = explorer.posterior();
    for (Observable o :
        new Observable[] {p.selectedProperty(), p.fanProperty(), explorer.vae().dataProperty()}) {
      o.addListener(x -> redraw());
    }
  }

  /** The zoomed view, or null when nothing variational is selected. */
  Bounds view() {
    PosteriorViewModel.Selected s = explorer.posterior().selectedProperty().get();
    PlaneData d = explorer.vae().dataProperty().get();
    if (s == null || d == null || d != s.vae() || !s.variational()) {
      return null;
    }
    PlaneMarks marks = explorer.posterior().marksFor(d);
    Ellipse one = marks.contours()[0];
    double half = Math.max(SIGMAS * one.semiMajor(), 1e-3);
    return Bounds.around(marks.centre()[0], marks.centre()[1], half, half);
  }

  private void redraw() {
    if (!hasArea()) {
      return;
    }
    Bounds view = view();
    PlaneData d = view == null ? null : explorer.vae().dataProperty().get();
    PlaneScene scene =
        new PlaneScene(
            null,
            d,
            view == null ? new Bounds(-1, 1, -1, 1) : view,
            null,
            -1,
            -1,
            -1,
            null,
            false,
            d == null ? null : explorer.posterior().marksFor(d));
    Canvas c = canvas();
    renderer.draw(c.getGraphicsContext2D(), scene, c.getWidth(), c.getHeight());
  }
}
