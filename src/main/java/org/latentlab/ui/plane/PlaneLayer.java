package org.latentlab.ui.plane;

import javafx.scene.canvas.GraphicsContext;
import org.latentlab.latent.ScreenTransform;

/**
 * Something drawn inside a plane's plot area, in the plane's coordinates: the hole map under the
 * points, or one of the marks over them ({@link PlaneScene#overlays}). The renderer draws the
 * layers in order, so each one's look stays in one place.
 */
@FunctionalInterface
public interface PlaneLayer {

  /** Draws onto {@code gc}, clipped to the plot; {@code t} maps plane to pixels. */
  void draw(GraphicsContext gc, ScreenTransform t);
}
