package org.latentlab.ui.information;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.latentlab.latent.info.Gaussian;
import org.latentlab.latent.info.GaussianDivergence;
import org.latentlab.ui.fx.Theme;

/**
 * The two Gaussian curves with the integrand p(x) log(p(x)/q(x)) shaded (above the axis where it
 * adds to KL(p ‖ q), below where it subtracts); the dot on each peak is a handle: drag it sideways
 * to move μ, up or down to change σ (a taller peak is a narrower curve).
 */
final class GaussiansPlot extends PlotPane {
  static final double X_RANGE = 6;
  private static final int SAMPLES = 400;
  private static final double HANDLE = 8;
  private final GaussiansViewModel vm;
  private double top = 1;
  private double bottom = -0.2;
  private Side dragged;

  GaussiansPlot(GaussiansViewModel vm) {
    super(560, 210);
    this.vm = vm;
    setId("gaussians-plot");
    vm.readoutProperty().addListener((o, was, now) -> redraw());
    canvas.setOnMousePressed(this::press);
    canvas.setOnMouseDragged(this::drag);
    canvas.setOnMouseReleased(
        e -> {
          dragged = null;
          redraw();
        });
  }

  private double sx(double x) {
    return (x + X_RANGE) / (2 * X_RANGE) * canvas.getWidth();
  }

  private double dataX(double sx) {
    return sx / canvas.getWidth() * 2 * X_RANGE - X_RANGE;
  }

  private double sy(double y) {
    return 10 + (top - y) / (top - bottom) * (canvas.getHeight() - 20);
  }

  private double dataY(double sy) {
    return top - (sy - 10) / (canvas.getHeight() - 20) * (top - bottom);
  }

  private static double peak(Gaussian g) {
    return g.density(g.mu());
  }

  private void press(MouseEvent e) {
    for (Side side : Side.values()) {
      Gaussian g = vm.gaussian(side);
      if (Math.hypot(e.getX() - sx(g.mu()), e.getY() - sy(peak(g))) <= 2 * HANDLE) {
        dragged = side;
        return;
      }
    }
  }

  private void drag(MouseEvent e) {
    if (dragged == null) {
      return;
    }
    // The scale stays as it was when the drag began, so the handle stays under the mouse.
    double x =
        Math.max(
            -GaussiansViewModel.MU_RANGE, Math.min(GaussiansViewModel.MU_RANGE, dataX(e.getX())));
    double height = Math.max(1e-3, dataY(e.getY()));
    double sigma = 1 / (height * Math.sqrt(2 * Math.PI));
    sigma = Math.max(GaussiansViewModel.MIN_SIGMA, Math.min(GaussiansViewModel.MAX_SIGMA, sigma));
    vm.set(dragged, GaussiansViewModel.Parameter.MU, x);
    vm.set(dragged, GaussiansViewModel.Parameter.SIGMA, sigma);
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h) {
    Gaussian p = vm.gaussian(Side.P);
    Gaussian q = vm.gaussian(Side.Q);
    double[] xs = new double[SAMPLES + 1];
    double[] integrand = new double[SAMPLES + 1];
    double hi = Math.max(peak(p), peak(q));
    double lo = 0;
    for (int i = 0; i <= SAMPLES; i++) {
      xs[i] = -X_RANGE + 2 * X_RANGE * i / SAMPLES;
      integrand[i] = GaussianDivergence.integrand(p, q, xs[i]);
      hi = Math.max(hi, integrand[i]);
      lo = Math.min(lo, integrand[i]);
    }
    if (dragged == null) {
      top = hi * 1.12;
      bottom = Math.min(lo * 1.1, -0.08 * top);
    }
    g.setFill(Theme.PLOT);
    g.fillRect(0, 0, w, h);
    g.setStroke(Theme.GRID);
    for (int x = (int) -X_RANGE; x <= X_RANGE; x++) {
      g.strokeLine(sx(x), 0, sx(x), h);
    }
    g.setStroke(Theme.ZERO);
    g.strokeLine(0, sy(0), w, sy(0));
    g.setFill(KL_COLOR.deriveColor(0, 1, 1, 0.55));
    g.beginPath();
    g.moveTo(sx(xs[0]), sy(0));
    for (int i = 0; i <= SAMPLES; i++) {
      g.lineTo(sx(xs[i]), sy(integrand[i]));
    }
    g.lineTo(sx(xs[SAMPLES]), sy(0));
    g.closePath();
    g.fill();
    curve(g, p, P_COLOR, xs);
    curve(g, q, Q_COLOR, xs);
    handle(g, p, P_COLOR);
    handle(g, q, Q_COLOR);
    g.setFont(Theme.TICK_FONT);
    g.setFill(Theme.PAGE);
    for (int x = -4; x <= 4; x += 2) {
      g.fillText(String.valueOf(x), sx(x) + 3, h - 6);
    }
    g.setFill(KL_COLOR);
    g.fillText("p log(p/q)", 8, 20);
  }

  private void curve(GraphicsContext g, Gaussian d, Color c, double[] xs) {
    g.setStroke(c);
    g.setLineWidth(2.5);
    g.beginPath();
    for (int i = 0; i < xs.length; i++) {
      double y = sy(d.density(xs[i]));
      if (i == 0) {
        g.moveTo(sx(xs[i]), y);
      } else {
        g.lineTo(sx(xs[i]), y);
      }
    }
    g.stroke();
    g.setLineWidth(1);
  }

  private void handle(GraphicsContext g, Gaussian d, Color c) {
    double x = sx(d.mu());
    double y = sy(peak(d));
    g.setFill(c);
    g.fillOval(x - HANDLE, y - HANDLE, 2 * HANDLE, 2 * HANDLE);
    g.setStroke(Theme.HIGHLIGHT);
    g.strokeOval(x - HANDLE, y - HANDLE, 2 * HANDLE, 2 * HANDLE);
  }
}
