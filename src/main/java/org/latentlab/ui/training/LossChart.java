package org.latentlab.ui.training;

import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;

/**
 * One loss term over a run: a thin line per step (bucket averages on long runs) and the epoch means
 * as points joined by a bold line. Updated incrementally: points are appended, only the last
 * (possibly partial) bucket is rewritten, and the lines are rebuilt only when the bucket size
 * doubles.
 */
final class LossChart extends LineChart<Number, Number> {
  private final ToDoubleFunction<LossHistory.Point> term;
  private final XYChart.Series<Number, Number> steps = new XYChart.Series<>();
  private final XYChart.Series<Number, Number> epochs = new XYChart.Series<>();
  private int bucket = 1;

  LossChart(String id, String title, ToDoubleFunction<LossHistory.Point> term) {
    super(axis("epoch", true), axis("nats", false));
    this.term = term;
    setId(id);
    setTitle(title);
    getStyleClass().add("loss-chart");
    setAnimated(false);
    setCreateSymbols(true);
    setLegendVisible(false);
    steps.setName("per step");
    epochs.setName("per epoch");
    getData().add(steps);
    getData().add(epochs);
    setMinHeight(150);
  }

  private static NumberAxis axis(String label, boolean x) {
    NumberAxis a = new NumberAxis();
    a.setLabel(label);
    a.setForceZeroInRange(x);
    a.setAutoRanging(true);
    a.setAnimated(false);
    return a;
  }

  /** Fixes the epoch axis to [0, {@code epochs}], or fits it to the data again for 0. */
  void spanEpochs(int epochs) {
    NumberAxis x = (NumberAxis) getXAxis();
    x.setAutoRanging(epochs <= 0);
    if (epochs > 0) {
      x.setLowerBound(0);
      x.setUpperBound(epochs);
      x.setTickUnit(epochs <= 2 ? 0.25 : Math.max(1, Math.ceil(epochs / 10.0)));
    }
  }

  /** Brings the lines up to date with {@code history}. */
  void update(LossHistory history) {
    List<LossHistory.Point> points = history.stepPoints();
    ObservableList<XYChart.Data<Number, Number>> shown = steps.getData();
    if (history.bucket() != bucket || points.size() < shown.size()) {
      bucket = history.bucket();
      shown.clear();
    }
    if (!shown.isEmpty()) {
      // The last bucket may have grown since it was drawn.
      LossHistory.Point p = points.get(shown.size() - 1);
      shown.get(shown.size() - 1).setXValue(p.x());
      shown.get(shown.size() - 1).setYValue(term.applyAsDouble(p));
    }
    for (int i = shown.size(); i < points.size(); i++) {
      shown.add(stepPoint(points.get(i)));
    }
    List<LossHistory.Point> ends = history.epochPoints();
    if (ends.size() < epochs.getData().size()) {
      epochs.getData().clear();
    }
    for (int i = epochs.getData().size(); i < ends.size(); i++) {
      epochs.getData().add(new XYChart.Data<>(ends.get(i).x(), term.applyAsDouble(ends.get(i))));
    }
  }

  private XYChart.Data<Number, Number> stepPoint(LossHistory.Point p) {
    XYChart.Data<Number, Number> d = new XYChart.Data<>(p.x(), term.applyAsDouble(p));
    // An empty, unmanaged node: LineChart then makes no symbol for every step.
    Region none = new Region();
    none.setManaged(false);
    none.setVisible(false);
    d.setNode(none);
    return d;
  }
}
