package org.latentlab.ui.information;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.latentlab.latent.info.Units;
import org.latentlab.ui.fx.Theme;

/**
 * The identity H(p, q) = H(p) + KL(p ‖ q) as two stacked bars, one per direction: the entropy, and
 * on top of it what the wrong code costs. An infinite KL is drawn as a bar that runs off the end.
 */
final class IdentityPlot extends PlotPane {
  private static final double LEFT = 78;
  private static final double ROW = 34;
  private final DiscreteViewModel vm;

  IdentityPlot(DiscreteViewModel vm) {
    super(380, 96);
    this.vm = vm;
    setId("identity");
    vm.readoutProperty().addListener((o, was, now) -> redraw());
    vm.unitsProperty().addListener((o, was, now) -> redraw());
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h) {
    DiscreteViewModel.Readout r = vm.readoutProperty().get();
    Units units = vm.unitsProperty().get();
    double finiteMax =
        Math.max(
            Double.isFinite(r.crossPq()) ? r.crossPq() : r.entropyP(),
            Double.isFinite(r.crossQp()) ? r.crossQp() : r.entropyQ());
    double scale = (w - LEFT - 12) / Math.max(1e-9, finiteMax * 1.15);
    row(g, 8, "H(p, q)", r.entropyP(), r.klPq(), P_COLOR, scale, w, units);
    row(g, 8 + ROW + 12, "H(q, p)", r.entropyQ(), r.klQp(), Q_COLOR, scale, w, units);
  }

  private static void row(
      GraphicsContext g,
      double y,
      String name,
      double entropy,
      double kl,
      Color entropyColor,
      double scale,
      double w,
      Units units) {
    g.setFont(Theme.AXIS_FONT);
    g.setFill(Theme.INK);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(name, 4, y + ROW / 2);
    double e = entropy * scale;
    g.setFill(entropyColor);
    g.fillRect(LEFT, y, e, ROW);
    double k = Double.isFinite(kl) ? kl * scale : w - LEFT - e;
    g.setFill(KL_COLOR);
    g.fillRect(LEFT + e, y, k, ROW);
    g.setFont(Theme.TICK_FONT);
    g.setFill(Theme.PLOT);
    if (e > 56) {
      g.fillText("H " + Amounts.number(units.fromNats(entropy)), LEFT + 6, y + ROW / 2);
    }
    if (k > 56 || !Double.isFinite(kl)) {
      g.fillText("KL " + Amounts.number(units.fromNats(kl)), LEFT + e + 6, y + ROW / 2);
    }
  }
}
