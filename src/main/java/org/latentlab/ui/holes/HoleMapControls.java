package org.latentlab.ui.holes;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The switches of the hole map: show it (with the scores), what makes a hole (confidence or the
 * manifold), and colour cells by class.
 */
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
    ChoiceBox<HoleJudge> judge = new ChoiceBox<>();
    judge.setId("hole-map-judge");
    judge.getItems().setAll(HoleJudge.values());
    judge.valueProperty().bindBidirectional(vm.judgeProperty());
    judge.disableProperty().bind(vm.shownProperty().not());
    judge.setTooltip(
        new Tooltip(
            "What makes a hole: the classifier's doubt (confidence < 0.5), or a decode off the"
                + " plotted images' manifold (outside every image's k-NN ball, k = 3, in the"
                + " classifier's features; Kynk\u00e4\u00e4nniemi et al. 2019), which also"
                + " catches crisp decodes that look like no real image."));
    getChildren().addAll(shown, judge, byClass);
  }
}
