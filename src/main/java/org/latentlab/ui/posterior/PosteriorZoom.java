package org.latentlab.ui.posterior;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.Ellipse;
import org.latentlab.ui.explorer.ExplorerViewModel;
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
final class PosteriorZoom extends Region {
  private static final double SIGMAS = 3.5;
  private final ExplorerViewModel explorer;
  private final Canvas canvas = new Canvas();
  private final PlaneRenderer renderer = new PlaneRenderer();

  PosteriorZoom(ExplorerViewModel explorer) {
    this.explorer = explorer;
    setId("posterior-zoom");
    getChildren().add(canvas);
    setMinSize(220, 220);
    setPrefSize(250, 246);
    setMaxSize(250, 246);
    PosteriorViewModel p = explorer.posterior();
    for (Observable o :
        new Observable[] {p.selectedProperty(), p.fanProperty(), explorer.vae().dataProperty()}) {
      o.addListener(x -> redraw());
    }
  }

  @Override
  protected void layoutChildren() {
    double w = Math.floor(getWidth());
    double h = Math.floor(getHeight());
    if (w != canvas.getWidth() || h != canvas.getHeight()) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      redraw();
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
    if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
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
    renderer.draw(canvas.getGraphicsContext2D(), scene, canvas.getWidth(), canvas.getHeight());
  }

  /** The canvas (tests). */
  Canvas canvas() {
    return canvas;
  }
}
