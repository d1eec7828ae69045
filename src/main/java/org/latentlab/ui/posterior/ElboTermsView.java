package org.latentlab.ui.posterior;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentlab.latent.vae.ElboTerms;
import org.latentlab.ui.plane.PlaneOverlays;

/**
 * The selected image's loss, term by term: the VAE's reconstruction and KL in nats with the KL of
 * every latent dimension as a bar, each next to its closed form with μ and σ filled in; the AE's
 * reconstruction alone.
 */
final class ElboTermsView extends VBox {
  private static final double BAR = 100;
  private static final int MAX_ROWS = 32;
  private final GridPane totals = new GridPane();
  private final GridPane dims = new GridPane();
  private final Label aeLine = new Label();

  ElboTermsView(PosteriorViewModel vm) {
    setId("elbo");
    getStyleClass().add("card");
    Label title = new Label("ELBO terms of the selected image");
    title.getStyleClass().add("card-subtitle");
    totals.setHgap(14);
    totals.setVgap(3);
    totals.setId("elbo-totals");
    dims.setHgap(10);
    dims.setVgap(4);
    dims.setId("elbo-dimensions");
    Label formula =
        new Label(
            "KL\u2c7c = \u2212\u00bd (1 + log \u03c3\u2c7c\u00b2 \u2212 \u03bc\u2c7c\u00b2"
                + " \u2212 \u03c3\u2c7c\u00b2),   KL = \u03a3\u2c7c KL\u2c7c");
    formula.getStyleClass().add("formula");
    ScrollPane scroll = new ScrollPane(dims);
    scroll.getStyleClass().add("slider-panel");
    scroll.setFitToWidth(true);
    scroll.setMaxHeight(190);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    aeLine.setId("elbo-ae");
    aeLine.setWrapText(true);
    getChildren().addAll(title, totals, formula, scroll, aeLine);
    vm.selectedProperty().addListener((obs, was, now) -> show(now));
    show(vm.selectedProperty().get());
  }

  private void show(PosteriorViewModel.Selected s) {
    totals.getChildren().clear();
    dims.getChildren().clear();
    if (s == null) {
      totals.add(caption("Select an image to see its reconstruction and KL terms."), 0, 0);
      aeLine.setText(" ");
      return;
    }
    ElboTerms v = s.vaeTerms();
    row(0, "Reconstruction", "\u2212log p(x | z = \u03bc)", v.reconstruction(), "elbo-rec");
    if (v.hasKl()) {
      row(1, "KL", "KL(q(z|x) \u2016 N(0, I))", v.kl(), "elbo-kl");
      row(2, "\u2212ELBO", "reconstruction + KL", v.negElbo(), "elbo-total");
      showDimensions(s);
    }
    aeLine.setText(
        String.format(
            Locale.ROOT,
            "Autoencoder: reconstruction %.2f nats, no KL term"
                + " (its code is a point, \u03c3 \u2192 0, where the KL would be infinite).",
            s.aeTerms().reconstruction()));
  }

  private void row(int r, String name, String meaning, double nats, String id) {
    Label n = new Label(name);
    n.getStyleClass().add("cell-title");
    Label value = new Label(String.format(Locale.ROOT, "%.2f nats", nats));
    value.setId(id);
    value.getStyleClass().add("nats");
    GridPane.setHalignment(value, HPos.RIGHT);
    totals.addRow(r, n, caption(meaning), value);
  }

  private void showDimensions(PosteriorViewModel.Selected s) {
    double[] kl = s.vaeTerms().klPerDimension();
    float[] mu = s.posterior().mu();
    float[] logVar = s.posterior().logVar();
    // Bars compare the dimensions, but never magnify noise: the scale is at least one nat.
    double max = 1;
    for (double k : kl) {
      max = Math.max(max, k);
    }
    for (int j = 0; j < Math.min(kl.length, MAX_ROWS); j++) {
      Label name = new Label("z" + subscript(j + 1));
      name.getStyleClass().add("slider-name");
      Region bar = new Region();
      bar.getStyleClass().add("kl-bar");
      double w = Math.max(2, BAR * Math.max(0, kl[j]) / max);
      bar.setMinSize(w, 16);
      bar.setPrefSize(w, 16);
      bar.setMaxSize(w, 16);
      StackPane track = new StackPane(bar);
      track.setAlignment(Pos.CENTER_LEFT);
      track.getStyleClass().add("kl-track");
      track.setMinWidth(BAR);
      track.setPrefWidth(BAR);
      Label value = new Label(String.format(Locale.ROOT, "%.2f", kl[j]));
      value.getStyleClass().add("nats");
      value.setId("kl-" + (j + 1));
      double lv = logVar[j];
      Label closed =
          new Label(
              PlaneOverlays.minus(
                  String.format(
                      Locale.ROOT,
                      "= \u2212\u00bd(1 + %s \u2212 %.2f \u2212 %.3f)",
                      lv < 0
                          ? String.format(Locale.ROOT, "(%.2f)", lv)
                          : String.format(Locale.ROOT, "%.2f", lv),
                      (double) mu[j] * mu[j],
                      Math.exp(lv))));
      closed.getStyleClass().add("closed-form");
      dims.addRow(j, name, track, value, closed);
    }
    if (kl.length > MAX_ROWS) {
      dims.add(
          caption("\u2026 and " + (kl.length - MAX_ROWS) + " more dimensions"), 0, MAX_ROWS, 4, 1);
    }
  }

  private static Label caption(String s) {
    Label l = new Label(s);
    l.getStyleClass().add("caption");
    return l;
  }

  /** Unicode subscript digits: z₁, z₁₂. */
  static String subscript(int n) {
    StringBuilder b = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      b.append((char) ('\u2080' + (c - '0')));
    }
    return b.toString();
  }
}
