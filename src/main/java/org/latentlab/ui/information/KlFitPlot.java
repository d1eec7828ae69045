package org.latentlab.ui.information;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.latentlab.latent.info.Gaussian;
import org.latentlab.latent.info.KlFit;
import org.latentlab.latent.info.Mixture;
import org.latentlab.ui.fx.Theme;

/**
 * The two-mode p shaded, with the forward fit (covering) and the reverse fit (one mode) over it.
 */
final class KlFitPlot extends PlotPane {
  private static final double X_RANGE = 7;
  private static final int SAMPLES = 400;
  private final KlFitViewModel vm;

  KlFitPlot(KlFitViewModel vm) {
    super(560, 210);
    this.vm = vm;
    setId("fit-plot");
    vm.targetProperty().addListener((o, was, now) -> redraw());
    vm.forwardProperty().addListener((o, was, now) -> redraw());
    vm.reverseProperty().addListener((o, was, now) -> redraw());
  }

  private double sx(double x, double w) {
    return (x + X_RANGE) / (2 * X_RANGE) * w;
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h) {
    Mixture p = vm.targetProperty().get();
    Gaussian forward = vm.forwardProperty().get().q();
    Gaussian reverse = vm.reverseProperty().get().q();
    double top = 0;
    for (int i = 0; i <= SAMPLES; i++) {
      double x = -X_RANGE + 2 * X_RANGE * i / SAMPLES;
      top = Math.max(top, Math.max(p.density(x), forward.density(x)));
    }
    // A very narrow reverse fit may peak far above p; the scale follows p and the forward fit.
    top = Math.max(top, Math.min(reverse.density(reverse.mu()), 2 * top)) * 1.1;
    g.setFill(Theme.PLOT);
    g.fillRect(0, 0, w, h);
    g.setStroke(Theme.GRID);
    for (int x = (int) -X_RANGE + 1; x < X_RANGE; x++) {
      g.strokeLine(sx(x, w), 0, sx(x, w), h);
    }
    double base = h - 22;
    g.setStroke(Theme.ZERO);
    g.strokeLine(0, base, w, base);
    double scale = (base - 10) / top;
    g.setFill(P_COLOR.deriveColor(0, 1, 1, 0.45));
    g.beginPath();
    g.moveTo(0, base);
    for (int i = 0; i <= SAMPLES; i++) {
      double x = -X_RANGE + 2 * X_RANGE * i / SAMPLES;
      g.lineTo(sx(x, w), base - p.density(x) * scale);
    }
    g.lineTo(w, base);
    g.closePath();
    g.fill();
    curve(g, forward, Q_COLOR, w, base, scale);
    curve(g, reverse, REVERSE_COLOR, w, base, scale);
    g.setFont(Theme.TICK_FONT);
    g.setFill(Theme.PAGE);
    for (int x = -6; x <= 6; x += 2) {
      g.fillText(String.valueOf(x), sx(x, w) + 3, h - 6);
    }
    legend(g, 10, 20, P_COLOR, "p (two modes)");
    legend(g, 10, 40, Q_COLOR, "q by KL(p \u2016 q)");
    legend(g, 10, 60, REVERSE_COLOR, "q by KL(q \u2016 p)");
  }

  private void curve(GraphicsContext g, Gaussian q, Color c, double w, double base, double scale) {
    g.setStroke(c);
    g.setLineWidth(2.5);
    g.beginPath();
    for (int i = 0; i <= SAMPLES; i++) {
      double x = -X_RANGE + 2 * X_RANGE * i / SAMPLES;
      double y = Math.max(0, base - q.density(x) * scale);
      if (i == 0) {
        g.moveTo(sx(x, w), y);
      } else {
        g.lineTo(sx(x, w), y);
      }
    }
    g.stroke();
    g.setLineWidth(1);
  }

  private static void legend(GraphicsContext g, double x, double y, Color c, String text) {
    g.setFill(c);
    g.fillRect(x, y - 9, 14, 10);
    g.setFill(Theme.PAGE);
    g.fillText(text, x + 20, y);
  }

  /** The state of one fit, for the readout. */
  static String describe(KlFit.State s) {
    return String.format(
        java.util.Locale.ROOT,
        "%.4f nats at \u03bc = %.3f, \u03c3 = %.3f (step %d%s)",
        s.kl(),
        s.q().mu(),
        s.q().sigma(),
        s.steps(),
        s.converged() ? ", converged" : "");
  }
}
