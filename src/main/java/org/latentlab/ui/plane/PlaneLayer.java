package org.latentlab.ui.plane;

import javafx.scene.canvas.GraphicsContext;
import org.latentlab.latent.ScreenTransform;

/** Something drawn inside a plane's plot area, in the plane's coordinates (e.g. the hole map). */
@FunctionalInterface
public interface PlaneLayer {

  /** Draws onto {@code gc}, clipped to the plot; {@code t} maps plane to pixels. */
  void draw(GraphicsContext gc, ScreenTransform t);
}
