package org.latentlab.ui.export;

import javafx.scene.canvas.GraphicsContext;

/**
 * Frames of one figure that moves, ready to draw: every frame has the same size, so a GIF of them
 * plays without jumping. The data of every frame is computed beforehand (off the FX thread);
 * drawing a frame only paints.
 */
public interface Animation {
  /** The figure's width in layout pixels (at scale 1). */
  double width();

  /** The figure's height in layout pixels (at scale 1). */
  double height();

  /** How many frames there are. */
  int frames();

  /**
   * Draws frame {@code frame} on {@code gc}, which is already scaled by {@code scale} (call on the
   * FX thread). Images are made at {@code scale} times their layout size so their pixels stay
   * crisp.
   */
  void draw(GraphicsContext gc, int frame, double scale);

  /** A few words for the confirmation: "interpolation from image 3 (a 0) to image 8 (a 1)". */
  String describe();

  /** The file name offered in the save dialog ("interpolation.gif"). */
  String suggestedName();
}
