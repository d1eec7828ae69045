package org.latentlab.ui.fx;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The colours and fonts drawn on canvases, sized for a projector; CSS styles the controls. */
public final class Theme {
  /** The style class of controls a projected scene can do without (presenter mode hides them). */
  public static final String PRESENTER_OPTIONAL = "presenter-optional";

  /** The page behind plots and strips. */
  public static final Color PAGE = Color.web("#FFFFFF");

  /** Text and axes. */
  public static final Color INK = Color.web("#22262C");

  /** Secondary text. */
  public static final Color MUTED = Color.web("#5C6470");

  /** The plot area: dark, so every class colour and white overlays stand out. */
  public static final Color PLOT = Color.web("#181B20");

  /** Grid lines inside the plot. */
  public static final Color GRID = Color.web("#2A2F37");

  /** The lines through zero. */
  public static final Color ZERO = Color.web("#3C434E");

  /** Cursor, path and markers. */
  public static final Color HIGHLIGHT = Color.WHITE;

  public static final Font TICK_FONT = Font.font("System", 13);
  public static final Font AXIS_FONT = Font.font("System", FontWeight.BOLD, 14);
  public static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 20);
  public static final Font MARKER_FONT = Font.font("System", FontWeight.BOLD, 14);

  private Theme() {}
}
