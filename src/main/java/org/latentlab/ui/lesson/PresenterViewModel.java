package org.latentlab.ui.lesson;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Presenter mode's state: full screen, one scale for every text, stroke, point and image, high
 * contrast, hidden controls, a black screen and the overlay of keys. No nodes: the view binds to
 * it, the keys and buttons call its commands.
 */
public final class PresenterViewModel {
  /** The scales on offer. */
  public static final List<Double> SCALES = List.of(1.0, 1.25, 1.5, 2.0);

  private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen");
  private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1.0);
  private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
  private final BooleanProperty controlsHidden = new SimpleBooleanProperty(this, "controlsHidden");
  private final BooleanProperty black = new SimpleBooleanProperty(this, "black");
  private final BooleanProperty keysShown = new SimpleBooleanProperty(this, "keysShown");
  private double preferredScale;

  /**
   * The scale presenting starts at from now on (the one the lecturer chose last time), instead of
   * the screen's; 0 for the screen's.
   */
  public void setPreferredScale(double scale) {
    preferredScale = scale > 1 ? scale : 0;
  }

  /** The width, in unscaled pixels, the explorer needs for its two planes side by side. */
  static final double EXPLORER_WIDTH = 1240;

  /**
   * The largest scale that leaves the explorer {@value #EXPLORER_WIDTH} unscaled pixels of a screen
   * {@code width} pixels wide: 1.5 at 1920 (body text 16 px × 1.5 = 24 px), 1.0 at 1280.
   */
  public static double scaleFor(double width) {
    double best = SCALES.get(0);
    for (double s : SCALES) {
      if (width / s >= EXPLORER_WIDTH - 1e-9) {
        best = s;
      }
    }
    return best;
  }

  /**
   * Starts presenting on a screen {@code width} pixels wide: full screen, its scale, no controls.
   */
  public void present(double width) {
    setScale(preferredScale > 0 ? preferredScale : scaleFor(width));
    controlsHidden.set(true);
    fullScreen.set(true);
  }

  /** Leaves presenter mode (Esc): a window again, at scale 1, with every control. */
  public void leave() {
    fullScreen.set(false);
    black.set(false);
    keysShown.set(false);
    controlsHidden.set(false);
    setScale(1.0);
  }

  /** Sets the scale to the nearest one on offer. */
  public void setScale(double s) {
    double best = SCALES.get(0);
    for (double c : SCALES) {
      if (Math.abs(c - s) < Math.abs(best - s)) {
        best = c;
      }
    }
    scale.set(best);
  }

  /** The next larger scale (+), or the smallest after the largest. */
  public void largerScale() {
    int i = SCALES.indexOf(scale.get());
    scale.set(SCALES.get((i + 1) % SCALES.size()));
  }

  /** The next smaller scale (−), staying at the smallest. */
  public void smallerScale() {
    int i = SCALES.indexOf(scale.get());
    scale.set(SCALES.get(Math.max(0, i - 1)));
  }

  /** Switches the black screen (B or "."). */
  public void toggleBlack() {
    black.set(!black.get());
  }

  /** Shows or hides the list of keys ("?"). */
  public void toggleKeys() {
    keysShown.set(!keysShown.get());
  }

  /** Full screen on or off (F11). */
  public BooleanProperty fullScreenProperty() {
    return fullScreen;
  }

  /** The scale of everything in the window. */
  public ReadOnlyDoubleProperty scaleProperty() {
    return scale.getReadOnlyProperty();
  }

  /** Dark page, white type, stronger lines. */
  public BooleanProperty highContrastProperty() {
    return highContrast;
  }

  /** Only what the scene needs on screen: toolbars, legends and sliders hidden. */
  public BooleanProperty controlsHiddenProperty() {
    return controlsHidden;
  }

  /** The black screen. */
  public BooleanProperty blackProperty() {
    return black;
  }

  /** The overlay listing every key. */
  public BooleanProperty keysShownProperty() {
    return keysShown;
  }
}
