package org.latentlab.app.offscreen;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.latentlab.cli.UserInputException;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.information.InformationView;
import org.latentlab.ui.information.InformationViewModel;

/**
 * The "Information" tab drawn for a slide: a preset pair or given p and q, and optionally two given
 * Gaussians. It needs no models, so it is checked and drawn without loading any.
 */
final class InformationFigure {
  private final InformationViewModel vm = new InformationViewModel();

  /**
   * Sets the tab up, or says in one line what is wrong with the request (nothing drawn yet).
   *
   * @param preset a preset's name, or null
   * @param p weights of p, or null
   * @param q weights of q, or null
   * @param gaussians μ₁, σ₁, μ₂, σ₂, or null
   */
  InformationFigure(String preset, List<Double> p, List<Double> q, List<Double> gaussians) {
    try {
      vm.apply(preset, p, q);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          preset != null && e.getMessage().startsWith("no preset")
              ? "--preset: " + e.getMessage()
              : "--p/--q: " + e.getMessage());
    }
    if (gaussians != null) {
      if (gaussians.size() != 4) {
        throw new UserInputException(
            "--gaussians needs four numbers MU1,S1,MU2,S2, got " + gaussians.size());
      }
      try {
        vm.applyGaussians(gaussians.get(0), gaussians.get(1), gaussians.get(2), gaussians.get(3));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--gaussians: " + e.getMessage());
      }
    }
  }

  /** The tab at {@code width} × {@code height} (FX thread). */
  WritableImage draw(int width, int height) {
    InformationView view = new InformationView(vm);
    new Scene(view, width, height);
    view.applyCss();
    view.layout();
    return PngExport.snapshot(view);
  }
}
