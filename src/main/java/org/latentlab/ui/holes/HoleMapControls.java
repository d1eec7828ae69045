package org.latentlab.ui.holes;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The switches of the hole map: show it (with the scores), and colour cells by class. */
public final class HoleMapControls extends HBox {

  public HoleMapControls(HoleMapViewModel vm) {
    super(10);
    setId("hole-map-controls");
    setAlignment(Pos.CENTER_LEFT);
    CheckBox shown = new CheckBox("Hole map");
    shown.setId("hole-map");
    shown.selectedProperty().bindBidirectional(vm.shownProperty());
    shown.setTooltip(
        new Tooltip(
            "Shade each plane by a classifier's confidence in the image"
                + " decoded there (crimson: a hole, confidence < 0.5) and measure completeness,"
                + " holes and continuity on the plotted images."));
    CheckBox byClass = new CheckBox("by class");
    byClass.setId("hole-map-by-class");
    byClass.selectedProperty().bindBidirectional(vm.byClassProperty());
    byClass.disableProperty().bind(vm.shownProperty().not());
    byClass.setTooltip(new Tooltip("Colour confident cells by the class the classifier sees"));
    getChildren().addAll(shown, byClass);
  }
}
