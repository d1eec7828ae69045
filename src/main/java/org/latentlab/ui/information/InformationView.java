package org.latentlab.ui.information;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentlab.latent.info.Units;

/**
 * The "Information" tab: the unit toggle; the two distributions, their numbers and the Huffman code
 * in the first row; the two Gaussians and the forward vs reverse fit in the second.
 */
public final class InformationView extends ScrollPane {
  private final InformationViewModel vm;

  /** The tab around its state. */
  public InformationView(InformationViewModel vm) {
    this.vm = vm;
    setId("information");
    getStylesheets().add(InformationView.class.getResource("information.css").toExternalForm());
    getStyleClass().add("information");
    setFitToWidth(true);
    DiscreteView discrete = new DiscreteView(vm.discrete());
    NumbersView numbers = new NumbersView(vm.discrete());
    HuffmanView huffman = new HuffmanView(vm.discrete());
    HBox.setHgrow(discrete, Priority.ALWAYS);
    HBox first = new HBox(14, discrete, numbers, huffman);
    GaussiansView gaussians = new GaussiansView(vm.gaussians());
    KlFitView fit = new KlFitView(vm.fit());
    gaussians.setPrefWidth(760);
    fit.setPrefWidth(760);
    gaussians.setMinWidth(620);
    fit.setMinWidth(620);
    HBox.setHgrow(gaussians, Priority.ALWAYS);
    HBox.setHgrow(fit, Priority.ALWAYS);
    HBox second = new HBox(14, gaussians, fit);
    VBox body = new VBox(14, unitsBar(), first, second);
    body.getStyleClass().add("tab-body");
    setContent(body);
  }

  private HBox unitsBar() {
    ToggleGroup group = new ToggleGroup();
    ToggleButton bits = new ToggleButton("bits (log\u2082)");
    bits.setId("units-bits");
    ToggleButton nats = new ToggleButton("nats (ln)");
    nats.setId("units-nats");
    bits.setToggleGroup(group);
    nats.setToggleGroup(group);
    bits.setSelected(vm.unitsProperty().get() == Units.BITS);
    nats.setSelected(vm.unitsProperty().get() == Units.NATS);
    group
        .selectedToggleProperty()
        .addListener(
            (o, was, now) -> {
              if (now == null) {
                // Clicking the selected button again must not leave no unit chosen.
                was.setSelected(true);
              } else {
                vm.unitsProperty().set(now == bits ? Units.BITS : Units.NATS);
              }
            });
    Label label = new Label("Units:");
    label.getStyleClass().add("cell-title");
    Label lecture =
        new Label(
            "Information content \u2212log p(x): the sun rises in the east, p = 1: 0 bits;"
                + " today is a solar eclipse, p = 1/100: 6.64 bits.");
    lecture.getStyleClass().add("caption");
    HBox bar = new HBox(8, label, bits, nats, lecture);
    HBox.setMargin(lecture, new javafx.geometry.Insets(0, 0, 0, 20));
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("legend-bar");
    return bar;
  }
}
