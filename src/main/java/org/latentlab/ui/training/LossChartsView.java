package org.latentlab.ui.training;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Start, Cancel and the progress of a run, then its loss terms as they evolve: the objective, the
 * reconstruction and the KL, each per step and per epoch.
 */
final class LossChartsView extends VBox {
  private final LossChart total =
      new LossChart(
          "chart-total",
          "Objective  w\u00b7reconstruction" + " + \u03b2\u00b7KL",
          LossHistory.Point::total);
  private final LossChart reconstruction =
      new LossChart(
          "chart-rec", "Reconstruction  \u2212log p(x|z)", LossHistory.Point::reconstruction);
  private final LossChart kl =
      new LossChart("chart-kl", "KL(q(z|x) \u2016 N(0, I))", LossHistory.Point::kl);
  private final ProgressBar progress = new ProgressBar(0);

  LossChartsView(TrainingRunViewModel vm) {
    setId("training-run");
    getStyleClass().add("card");
    Button start = new Button("Start");
    start.setId("train-start");
    start.getStyleClass().add("accent");
    start.setDefaultButton(false);
    start.setOnAction(e -> vm.start());
    start.disableProperty().bind(vm.runningProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("train-cancel");
    cancel.setOnAction(e -> vm.cancel());
    cancel.disableProperty().bind(vm.runningProperty().not());
    progress.setId("train-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.progressProperty().bind(vm.progressProperty());
    HBox.setHgrow(progress, Priority.ALWAYS);
    Button use = new Button("Use in explorer");
    use.setId("train-use");
    use.visibleProperty().bind(vm.lastSavedProperty().isNotNull().and(vm.runningProperty().not()));
    use.managedProperty().bind(use.visibleProperty());
    use.setOnAction(e -> vm.useInExplorer());
    HBox bar = new HBox(10, start, cancel, progress, use);
    bar.setAlignment(Pos.CENTER_LEFT);
    Label status = new Label();
    status.setId("train-status");
    status.getStyleClass().add("status");
    status.textProperty().bind(vm.statusProperty());
    // A long status (a folder path) must not widen the column.
    status.setMinWidth(0);
    status.setPrefWidth(0);
    status.setMaxWidth(Double.MAX_VALUE);
    status.setTooltip(new javafx.scene.control.Tooltip());
    status.getTooltip().textProperty().bind(vm.statusProperty());

    Label noKl = new Label("An autoencoder has no KL term.");
    noKl.getStyleClass().add("placeholder");
    noKl.visibleProperty().bind(vm.runVariationalProperty().not());
    kl.visibleProperty().bind(vm.runVariationalProperty());
    StackPane klBox = new StackPane(kl, noKl);
    for (var n : new javafx.scene.layout.Region[] {total, reconstruction, klBox}) {
      VBox.setVgrow(n, Priority.ALWAYS);
    }
    Label legend =
        new Label(
            "thin: every step (averaged on long runs) \u00b7 bold with dots: " + "epoch means");
    legend.getStyleClass().add("caption");
    getChildren().addAll(bar, status, total, reconstruction, klBox, legend);
    vm.chartEpochsProperty()
        .addListener(
            (obs, was, now) -> {
              for (LossChart c : new LossChart[] {total, reconstruction, kl}) {
                c.spanEpochs(now.intValue());
              }
            });
    vm.historyRevisionProperty()
        .addListener(
            (obs, was, now) -> {
              total.update(vm.history());
              reconstruction.update(vm.history());
              kl.update(vm.history());
            });
  }
}
