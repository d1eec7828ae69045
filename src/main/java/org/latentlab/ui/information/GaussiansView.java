package org.latentlab.ui.information;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.latentlab.latent.info.Gaussian;
import org.latentlab.latent.info.Units;
import org.latentlab.ui.information.GaussiansViewModel.Parameter;

/**
 * Two Gaussians: the plot with its handles, a slider and a field for each μ and σ, the KL both ways
 * in closed form next to the integral, and the VAE's per-dimension term when q = N(0, 1).
 */
final class GaussiansView extends VBox {
  private final GaussiansViewModel vm;
  private final GridPane controls = new GridPane();
  private final Label[] kl = new Label[4];
  private final Label vae = new Label();
  private final Slider[] sliders = new Slider[4];
  private final TextField[] fields = new TextField[4];
  private boolean updating;

  GaussiansView(GaussiansViewModel vm) {
    this.vm = vm;
    setId("gaussians");
    getStyleClass().add("card");
    Label title =
        new Label(
            "Two Gaussians p = N(\u03bc\u2081, \u03c3\u2081\u00b2), q = N(\u03bc\u2082,"
                + " \u03c3\u2082\u00b2)");
    title.getStyleClass().add("card-subtitle");
    controls.setHgap(8);
    controls.setVgap(2);
    int k = 0;
    for (Side side : Side.values()) {
      for (Parameter parameter : Parameter.values()) {
        addControl(k++, side, parameter);
      }
    }
    GridPane numbers = new GridPane();
    numbers.setHgap(14);
    numbers.setVgap(2);
    numbers.addRow(0, new Label(), bold("closed form"), bold("\u222b numerically"));
    String[] ids = {"g-kl-pq", "g-int-pq", "g-kl-qp", "g-int-qp"};
    for (int i = 0; i < 4; i++) {
      kl[i] = new Label();
      kl[i].setId(ids[i]);
      kl[i].getStyleClass().add("coordinates");
      kl[i].setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    numbers.addRow(1, bold("KL(p \u2016 q)"), kl[0], kl[1]);
    numbers.addRow(2, bold("KL(q \u2016 p)"), kl[2], kl[3]);
    Label message = new Label();
    message.setId("gaussians-message");
    message.getStyleClass().add("inline-error");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    message.visibleProperty().bind(message.managedProperty());
    Button prior = new Button("q = N(0, 1)");
    prior.setId("q-prior");
    prior.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    prior.setOnAction(e -> vm.qToPrior());
    vae.setId("vae-term");
    vae.setWrapText(true);
    vae.getStyleClass().add("formula");
    HBox vaeRow = new HBox(10, prior, vae);
    vaeRow.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(vae, javafx.scene.layout.Priority.ALWAYS);
    HBox below = new HBox(18, controls, numbers);
    getChildren().addAll(title, new GaussiansPlot(vm), below, message, vaeRow);
    vm.readoutProperty().addListener((o, was, now) -> fill());
    vm.unitsProperty().addListener((o, was, now) -> fill());
    fill();
  }

  private void addControl(int k, Side side, Parameter parameter) {
    boolean mu = parameter == Parameter.MU;
    Slider s =
        mu
            ? new Slider(-GaussiansViewModel.MU_RANGE, GaussiansViewModel.MU_RANGE, 0)
            : new Slider(GaussiansViewModel.MIN_SIGMA, GaussiansViewModel.MAX_SIGMA, 1);
    s.setId("g-" + side.symbol() + "-" + parameter.name().toLowerCase(Locale.ROOT));
    s.setPrefWidth(150);
    s.valueProperty()
        .addListener(
            (o, was, now) -> {
              if (!updating) {
                vm.set(side, parameter, now.doubleValue());
              }
            });
    TextField f = new TextField();
    f.setId(s.getId() + "-field");
    f.setPrefWidth(70);
    f.setMinWidth(70);
    f.setOnAction(e -> vm.type(side, parameter, f.getText()));
    Label name = new Label(parameter.symbol() + (side == Side.P ? "\u2081" : "\u2082"));
    name.getStyleClass().add("slider-name");
    name.setTextFill(side == Side.P ? PlotPane.P_COLOR.darker() : PlotPane.Q_COLOR.darker());
    sliders[k] = s;
    fields[k] = f;
    controls.addRow(k, name, s, f);
  }

  private void fill() {
    GaussiansViewModel.Readout r = vm.readoutProperty().get();
    Units u = vm.unitsProperty().get();
    kl[0].setText(Amounts.format(r.closedPq(), u));
    kl[1].setText(Amounts.format(r.numericPq(), u));
    kl[2].setText(Amounts.format(r.closedQp(), u));
    kl[3].setText(Amounts.format(r.numericQp(), u));
    updating = true;
    double[] values = {r.p().mu(), r.p().sigma(), r.q().mu(), r.q().sigma()};
    for (int k = 0; k < 4; k++) {
      sliders[k].setValue(values[k]);
      fields[k].setText(Amounts.number(values[k]));
    }
    updating = false;
    vae.setText(vaeLine(r));
  }

  private static String vaeLine(GaussiansViewModel.Readout r) {
    if (!r.qIsPrior()) {
      return "With q = N(0, 1), the prior, KL(p \u2016 q) is the VAE's per-dimension KL term.";
    }
    Gaussian p = r.p();
    return String.format(
        Locale.ROOT,
        "KL(p \u2016 N(0, 1)) = \u2212\u00bd(1 + log \u03c3\u00b2 \u2212 \u03bc\u00b2 \u2212"
            + " \u03c3\u00b2) = \u2212\u00bd(1 + (%s) \u2212 %.3f \u2212 %.3f) = %.3f nats: the"
            + " same quantity as one KL bar (KL\u2c7c) of Inside the VAE.",
        Amounts.number(p.logVariance()).replace('-', '\u2212'),
        p.mu() * p.mu(),
        p.variance(),
        org.latentlab.latent.info.GaussianDivergence.toStandardNormal(p));
  }

  private static Label bold(String text) {
    Label l = new Label(text);
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    l.getStyleClass().add("cell-title");
    return l;
  }
}
