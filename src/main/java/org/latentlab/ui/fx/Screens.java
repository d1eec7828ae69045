package org.latentlab.ui.fx;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Which screen a window is on, for full screen and the presenter scale. */
public final class Screens {
  private Screens() {}

  /** The bounds of the screen under the window's top-left corner (the primary screen if none). */
  public static Rectangle2D of(Window window) {
    return Screen.getScreensForRectangle(window.getX(), window.getY(), 1, 1).stream()
        .findFirst()
        .orElse(Screen.getPrimary())
        .getBounds();
  }
}
