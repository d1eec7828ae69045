package org.latentlab.ui.explorer;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** What the mouse does on a plane, in one line, for whoever stands at the projector. */
final class HintsView extends HBox {
  private static final String[][] HINTS = {
    {"Drag", "decode"},
    {"Click a dot", "select A"},
    {"Shift-click", "select B"},
    {"Wheel", "zoom"},
    {"Right-drag", "pan"},
  };

  HintsView() {
    super(14);
    setId("hints");
    setAlignment(Pos.CENTER_RIGHT);
    for (String[] hint : HINTS) {
      Label key = new Label(hint[0]);
      key.getStyleClass().add("hint-key");
      Label what = new Label(hint[1]);
      what.getStyleClass().add("caption");
      HBox pair = new HBox(5, key, what);
      pair.setAlignment(Pos.BASELINE_LEFT);
      pair.setMinWidth(USE_PREF_SIZE);
      getChildren().add(pair);
    }
  }
}
