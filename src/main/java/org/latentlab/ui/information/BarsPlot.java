package org.latentlab.ui.information;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextAlignment;
import org.latentlab.latent.info.Distribution;
import org.latentlab.ui.fx.Theme;

/**
 * p and q as bars, side by side for each outcome on a 0–1 scale; dragging a bar sets that outcome's
 * probability (the others rescale).
 */
final class BarsPlot extends PlotPane {
  private static final double LEFT = 44;
  private static final double RIGHT = 12;
  private static final double TOP = 14;
  private static final double BOTTOM = 30;
  private final DiscreteViewModel vm;
  private Side draggedSide;
  private int draggedOutcome = -1;

  BarsPlot(DiscreteViewModel vm) {
    super(560, 200);
    this.vm = vm;
    setId("bars");
    setMinWidth(220);
    vm.readoutProperty().addListener((o, was, now) -> redraw());
    canvas.setOnMousePressed(this::press);
    canvas.setOnMouseDragged(this::drag);
    canvas.setOnMouseReleased(e -> draggedOutcome = -1);
  }

  /** The distributions drawn. */
  DiscreteViewModel vm() {
    return vm;
  }

  private double slot(double width) {
    return (width - LEFT - RIGHT) / vm.distribution(Side.P).size();
  }

  /** The screen x of the centre of outcome {@code i}'s bar for {@code side}. */
  double barX(Side side, int i) {
    double s = slot(canvas.getWidth());
    return LEFT + i * s + s / 2 + (side == Side.P ? -s / 5 : s / 5);
  }

  /** The screen y of probability {@code p}. */
  double yOf(double p) {
    return TOP + (1 - p) * (canvas.getHeight() - TOP - BOTTOM);
  }

  private double probabilityAt(double y) {
    return 1 - (y - TOP) / (canvas.getHeight() - TOP - BOTTOM);
  }

  private void press(MouseEvent e) {
    double s = slot(canvas.getWidth());
    int i = (int) Math.floor((e.getX() - LEFT) / s);
    if (i < 0 || i >= vm.distribution(Side.P).size()) {
      return;
    }
    draggedOutcome = i;
    draggedSide = e.getX() - LEFT - i * s < s / 2 ? Side.P : Side.Q;
    drag(e);
  }

  private void drag(MouseEvent e) {
    if (draggedOutcome >= 0) {
      vm.setProbability(draggedSide, draggedOutcome, probabilityAt(e.getY()));
    }
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h) {
    g.setFill(Theme.PLOT);
    g.fillRect(0, 0, w, h);
    g.setFont(Theme.TICK_FONT);
    g.setTextBaseline(VPos.CENTER);
    g.setTextAlign(TextAlignment.RIGHT);
    for (double t = 0; t <= 1.0001; t += 0.25) {
      double y = yOf(t);
      g.setStroke(t == 0 ? Theme.ZERO : Theme.GRID);
      g.strokeLine(LEFT, y, w - RIGHT, y);
      g.setFill(Theme.PAGE);
      g.fillText(String.format(java.util.Locale.ROOT, "%.2f", t), LEFT - 6, y);
    }
    Distribution p = vm.distribution(Side.P);
    Distribution q = vm.distribution(Side.Q);
    double s = slot(w);
    double barWidth = Math.max(4, s * 0.36);
    g.setTextAlign(TextAlignment.CENTER);
    for (int i = 0; i < p.size(); i++) {
      bar(g, barX(Side.P, i), barWidth, p.p(i), PlotPane.P_COLOR);
      bar(g, barX(Side.Q, i), barWidth, q.p(i), PlotPane.Q_COLOR);
      g.setFill(Theme.PAGE);
      g.fillText(shorten(p.name(i), s), LEFT + i * s + s / 2, h - BOTTOM / 2);
    }
  }

  private void bar(
      GraphicsContext g, double x, double width, double p, javafx.scene.paint.Color c) {
    double y = yOf(p);
    g.setFill(c);
    g.fillRect(x - width / 2, y, width, yOf(0) - y);
    // A handle on top says the bar can be dragged, even at 0.
    g.fillRect(x - width / 2 - 2, y - 2, width + 4, 4);
  }

  private static String shorten(String name, double room) {
    int max = Math.max(3, (int) (room / 8));
    return name.length() <= max ? name : name.substring(0, max - 1) + "\u2026";
  }
}
