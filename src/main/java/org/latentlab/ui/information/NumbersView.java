package org.latentlab.ui.information;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentlab.latent.info.Units;

/**
 * H(p), H(q), the cross-entropies and both KL divergences of the two distributions, the identity
 * H(p, q) = H(p) + KL(p ‖ q) as stacked bars, and why a KL is infinite when it is.
 */
final class NumbersView extends VBox {
  private final DiscreteViewModel vm;
  private final Label[] values = new Label[6];
  private final Label infinity = new Label();
  private static final String[] IDS = {"h-p", "h-q", "h-pq", "h-qp", "kl-pq", "kl-qp"};

  NumbersView(DiscreteViewModel vm) {
    this.vm = vm;
    setId("numbers");
    getStyleClass().add("card");
    setPrefWidth(450);
    setMinWidth(380);
    Label title = new Label("Entropy, cross-entropy, KL");
    title.getStyleClass().add("card-subtitle");
    GridPane grid = new GridPane();
    grid.setHgap(14);
    grid.setVgap(4);
    String[][] rows = {
      {"H(p)", "\u2212\u03a3 p log p  (shortest message)"},
      {"H(q)", "\u2212\u03a3 q log q"},
      {"H(p, q)", "\u2212\u03a3 p log q  (q's code)"},
      {"H(q, p)", "\u2212\u03a3 q log p"},
      {"KL(p \u2016 q)", "\u03a3 p log(p/q) = H(p, q) \u2212 H(p)"},
      {"KL(q \u2016 p)", "\u03a3 q log(q/p) = H(q, p) \u2212 H(q)"}
    };
    for (int i = 0; i < rows.length; i++) {
      Label name = new Label(rows[i][0]);
      name.setMinWidth(Region.USE_PREF_SIZE);
      name.getStyleClass().add("cell-title");
      values[i] = new Label();
      values[i].setId(IDS[i]);
      values[i].getStyleClass().add("coordinates");
      values[i].setMinWidth(110);
      Label meaning = new Label(rows[i][1]);
      meaning.getStyleClass().add("caption");
      grid.addRow(i, name, values[i], meaning);
    }
    Label identity =
        new Label("H(p, q) = H(p) + KL(p \u2016 q): the entropy, then what the wrong code costs");
    identity.getStyleClass().add("caption");
    identity.setWrapText(true);
    infinity.setId("infinity-reason");
    infinity.setWrapText(true);
    infinity.getStyleClass().add("inline-error");
    infinity.managedProperty().bind(infinity.textProperty().isNotEmpty());
    infinity.visibleProperty().bind(infinity.managedProperty());
    getChildren().addAll(title, grid, identity, new IdentityPlot(vm), infinity);
    vm.readoutProperty().addListener((o, was, now) -> fill());
    vm.unitsProperty().addListener((o, was, now) -> fill());
    fill();
  }

  private void fill() {
    DiscreteViewModel.Readout r = vm.readoutProperty().get();
    Units u = vm.unitsProperty().get();
    double[] nats = {r.entropyP(), r.entropyQ(), r.crossPq(), r.crossQp(), r.klPq(), r.klQp()};
    for (int i = 0; i < nats.length; i++) {
      values[i].setText(Amounts.format(nats[i], u));
    }
    infinity.setText(vm.infinityReason());
  }
}
