package org.latentlab.ui.training;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentlab.ui.fx.Dialogs;

/**
 * The "Train" tab: the form on the left, the run and its loss charts in the middle, the recorded
 * runs and the latent plane forming on the right.
 */
public final class TrainingView extends HBox {
  public TrainingView(TrainingViewModel vm, Dialogs dialogs) {
    super(14);
    setId("training");
    getStyleClass().add("tab-body");
    TrainingFormView form = new TrainingFormView(vm.form(), vm.run().runningProperty(), dialogs);
    form.setMinWidth(380);
    form.setMaxWidth(420);
    LossChartsView charts = new LossChartsView(vm.run());
    TrainingPlaneView plane = new TrainingPlaneView(vm);
    RecordedRunView recorded =
        new RecordedRunView(vm.recorded(), vm.run().runningProperty(), dialogs);
    VBox.setVgrow(plane, Priority.ALWAYS);
    VBox right = new VBox(14, recorded, plane);
    HBox.setHgrow(charts, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.ALWAYS);
    charts.setMinWidth(380);
    right.setMinWidth(420);
    getChildren().addAll(form, charts, right);
    vm.setErrorHandler(
        message -> dialogs.showError(getScene() == null ? null : getScene().getWindow(), message));
    vm.run()
        .setReplaceHandler(
            question -> {
              if (dialogs.confirm(getScene() == null ? null : getScene().getWindow(), question)) {
                vm.run().replaceAndStart();
              }
            });
  }
}
