package org.latentlab.ui.information;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentlab.latent.info.Distribution;
import org.latentlab.latent.info.Entropy;
import org.latentlab.latent.info.Units;

/**
 * The two distributions: presets, the draggable bars, and a table with each outcome's p(x) and q(x)
 * as editable fields and its information content −log p(x), −log q(x).
 */
final class DiscreteView extends VBox {
  private final DiscreteViewModel vm;
  private final GridPane table = new GridPane();
  private final Label sums = new Label();
  private java.util.List<String> shownNames;
  private TextField[] pFields;
  private TextField[] qFields;
  private Label[] pInfo;
  private Label[] qInfo;

  DiscreteView(DiscreteViewModel vm) {
    this.vm = vm;
    setId("discrete");
    getStyleClass().add("card");
    Label title = new Label("Two distributions p and q");
    title.getStyleClass().add("card-subtitle");
    FlowPane presets = new FlowPane(6, 6);
    for (Presets preset : Presets.values()) {
      Button b = new Button(preset.label());
      b.setId("preset-" + preset.id());
      b.setOnAction(e -> vm.preset(preset));
      presets.getChildren().add(b);
    }
    Button add = new Button("+ outcome");
    add.setId("add-outcome");
    add.setOnAction(e -> vm.addOutcome());
    Button remove = new Button("\u2212 outcome");
    remove.setId("remove-outcome");
    remove.setOnAction(e -> vm.removeOutcome());
    presets.getChildren().addAll(add, remove);
    Label hint =
        new Label("Drag a bar (p blue, q orange) or type a probability; the others rescale.");
    hint.getStyleClass().add("caption");
    Label message = new Label();
    message.setId("discrete-message");
    message.getStyleClass().add("inline-error");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    message.visibleProperty().bind(message.managedProperty());
    table.setId("outcomes");
    table.setHgap(10);
    table.setVgap(3);
    sums.setId("sums");
    sums.getStyleClass().add("caption");
    sums.setWrapText(true);
    sums.setMaxWidth(380);
    BarsPlot bars = new BarsPlot(vm);
    HBox body = new HBox(14, bars, new VBox(4, table, sums));
    HBox.setHgrow(bars, javafx.scene.layout.Priority.ALWAYS);
    body.setAlignment(Pos.TOP_LEFT);
    getChildren().addAll(title, presets, hint, body, message);
    vm.readoutProperty().addListener((o, was, now) -> fill());
    vm.unitsProperty().addListener((o, was, now) -> fill());
    fill();
  }

  private void fill() {
    Distribution p = vm.distribution(Side.P);
    Distribution q = vm.distribution(Side.Q);
    if (!p.names().equals(shownNames)) {
      build(p);
    }
    Units units = vm.unitsProperty().get();
    for (int i = 0; i < p.size(); i++) {
      show(pFields[i], p.p(i));
      show(qFields[i], q.p(i));
      pInfo[i].setText(Amounts.format(Entropy.informationContent(p.p(i)), units));
      qInfo[i].setText(Amounts.format(Entropy.informationContent(q.p(i)), units));
    }
    sums.setText(
        "\u03a3 p(x) = "
            + Amounts.probability(sum(p))
            + ",  \u03a3 q(x) = "
            + Amounts.probability(sum(q))
            + " (renormalized as you edit)");
  }

  private static void show(TextField f, double p) {
    f.setText(Amounts.probability(p));
    f.getStyleClass().remove("bad-field");
  }

  /** The table's rows, made again only when the outcomes change. */
  private void build(Distribution p) {
    shownNames = p.names();
    int n = p.size();
    pFields = new TextField[n];
    qFields = new TextField[n];
    pInfo = new Label[n];
    qInfo = new Label[n];
    table.getChildren().clear();
    table.addRow(
        0,
        header("outcome"),
        header("p(x)"),
        header("q(x)"),
        header("\u2212log p(x)"),
        header("\u2212log q(x)"));
    for (int i = 0; i < n; i++) {
      Label name = new Label(p.name(i));
      name.setMaxWidth(150);
      pFields[i] = field(Side.P, i);
      qFields[i] = field(Side.Q, i);
      pInfo[i] = value("info-p-" + i);
      qInfo[i] = value("info-q-" + i);
      table.addRow(i + 1, name, pFields[i], qFields[i], pInfo[i], qInfo[i]);
    }
  }

  private static double sum(Distribution d) {
    double s = 0;
    for (double v : d.probabilities()) {
      s += v;
    }
    return s;
  }

  private TextField field(Side side, int i) {
    TextField f = new TextField();
    f.setId(side.symbol() + "-field-" + i);
    f.setPrefWidth(76);
    f.setMinWidth(76);
    f.getStyleClass().add("probability-field");
    Runnable commit =
        () -> {
          if (!vm.type(side, i, f.getText()) && !f.getStyleClass().contains("bad-field")) {
            f.getStyleClass().add("bad-field");
          }
        };
    f.setOnAction(e -> commit.run());
    f.focusedProperty()
        .addListener(
            (o, was, now) -> {
              boolean edited =
                  i < vm.distribution(side).size()
                      && !f.getText().equals(Amounts.probability(vm.distribution(side).p(i)));
              if (!now && edited) {
                commit.run();
              }
            });
    return f;
  }

  private static Label header(String text) {
    Label l = new Label(text);
    l.setMinWidth(Region.USE_PREF_SIZE);
    l.getStyleClass().add("cell-title");
    return l;
  }

  private static Label value(String id) {
    Label l = new Label();
    l.setId(id);
    l.setMinWidth(Region.USE_PREF_SIZE);
    l.getStyleClass().add("coordinates");
    return l;
  }
}
