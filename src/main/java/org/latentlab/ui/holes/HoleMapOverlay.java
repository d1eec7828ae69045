package org.latentlab.ui.holes;

import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.latentlab.ui.plane.PlaneCanvas;

/**
 * Connects a plane's canvas to its hole map: draws the map under the points, and asks for a new map
 * once the visible area has stopped changing for a moment (not on every step of a zoom or pan).
 */
public final class HoleMapOverlay {
  /** How long the view must rest before the map follows it. */
  static final Duration SETTLE = Duration.millis(250);

  private HoleMapOverlay() {}

  public static void attach(PlaneCanvas canvas, HoleMapViewModel vm, PlaneQuality quality) {
    HoleMapLayer layer = new HoleMapLayer();
    Runnable update =
        () -> {
          layer.show(
              vm.shownProperty().get() ? quality.mapProperty().get() : null,
              vm.byClassProperty().get(),
              vm.judgeProperty().get());
          canvas.redraw();
        };
    quality.mapProperty().addListener(obs -> update.run());
    vm.shownProperty().addListener(obs -> update.run());
    vm.byClassProperty().addListener(obs -> update.run());
    vm.judgeProperty().addListener(obs -> update.run());
    PauseTransition settle = new PauseTransition(SETTLE);
    settle.setOnFinished(e -> quality.refreshMap());
    quality
        .plane()
        .viewProperty()
        .addListener(
            (obs, was, now) -> {
              if (vm.shownProperty().get() && was != null) {
                settle.playFromStart();
              }
            });
    canvas.setUnderlay(layer);
    update.run();
  }
}
