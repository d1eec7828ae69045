package org.latentlab.ui;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The colours and fonts drawn on canvases, sized for a projector; CSS styles the controls. */
final class Theme {
  /** The page behind plots and strips. */
  static final Color PAGE = Color.web("#FFFFFF");
  /** Text and axes. */
  static final Color INK = Color.web("#22262C");
  /** Secondary text. */
  static final Color MUTED = Color.web("#5C6470");
  /** The plot area: dark, so every class colour and white overlays stand out. */
  static final Color PLOT = Color.web("#181B20");
  /** Grid lines inside the plot. */
  static final Color GRID = Color.web("#2A2F37");
  /** The lines through zero. */
  static final Color ZERO = Color.web("#3C434E");
  /** Cursor, path and markers. */
  static final Color HIGHLIGHT = Color.WHITE;

  static final Font TICK_FONT = Font.font("System", 13);
  static final Font AXIS_FONT = Font.font("System", FontWeight.BOLD, 14);
  static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 20);
  static final Font MARKER_FONT = Font.font("System", FontWeight.BOLD, 14);

  private Theme() {}
}
