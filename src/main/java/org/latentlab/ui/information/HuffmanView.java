package org.latentlab.ui.information;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentlab.latent.info.Distribution;
import org.latentlab.latent.info.Entropy;
import org.latentlab.latent.info.HuffmanCode;
import org.latentlab.latent.info.Units;

/**
 * The sender's code: the Huffman code of p as a table, its average length under p next to H(p), and
 * under q next to H(q, p), so "cross-entropy is the average message length with the wrong code" is
 * a number. Codeword lengths are bits whatever the tab's unit.
 */
final class HuffmanView extends VBox {
  private final DiscreteViewModel vm;
  private final GridPane table = new GridPane();
  private final Label underP = new Label();
  private final Label underQ = new Label();

  HuffmanView(DiscreteViewModel vm) {
    this.vm = vm;
    setId("huffman");
    getStyleClass().add("card");
    Label title = new Label("Codes and message length");
    title.getStyleClass().add("card-subtitle");
    Label caption =
        new Label(
            "The sender and receiver agree on a code made for p (Huffman): likely outcomes get"
                + " short words.");
    caption.setWrapText(true);
    caption.getStyleClass().add("caption");
    table.setHgap(12);
    table.setVgap(2);
    underP.setId("length-p");
    underQ.setId("length-q");
    underP.setWrapText(true);
    underQ.setWrapText(true);
    getChildren().addAll(title, caption, table, underP, underQ);
    setPrefWidth(330);
    setMinWidth(300);
    vm.readoutProperty().addListener((o, was, now) -> fill());
    fill();
  }

  private void fill() {
    DiscreteViewModel.Readout r = vm.readoutProperty().get();
    HuffmanCode code = r.code();
    Distribution p = r.p();
    table.getChildren().clear();
    table.addRow(0, header("x"), header("p(x)"), header("codeword"), header("bits"));
    for (int i = 0; i < code.size(); i++) {
      Label word = new Label(code.codeword(i));
      word.getStyleClass().add("coordinates");
      word.setMinWidth(Region.USE_PREF_SIZE);
      Label name = new Label(p.name(i));
      name.setMaxWidth(110);
      name.setMinWidth(Math.min(110, name.prefWidth(-1)));
      table.addRow(
          i + 1,
          name,
          mono(Amounts.probability(p.p(i))),
          word,
          mono(String.valueOf(code.codeword(i).length())));
    }
    underP.setText(
        "Messages from p: "
            + Amounts.number(code.averageLength(p))
            + " bits on average (H(p) = "
            + Amounts.number(Units.BITS.fromNats(r.entropyP()))
            + ", within one bit)");
    underQ.setText(
        "Messages from q, same code: "
            + Amounts.number(code.averageLength(r.q()))
            + " bits on average (H(q, p) = "
            + Amounts.number(Units.BITS.fromNats(Entropy.crossEntropy(r.q(), p)))
            + ")");
  }

  private static Label header(String text) {
    Label l = new Label(text);
    l.setMinWidth(Region.USE_PREF_SIZE);
    l.getStyleClass().add("cell-title");
    return l;
  }

  private static Label mono(String text) {
    Label l = new Label(text);
    l.setMinWidth(Region.USE_PREF_SIZE);
    l.getStyleClass().add("coordinates");
    return l;
  }
}
