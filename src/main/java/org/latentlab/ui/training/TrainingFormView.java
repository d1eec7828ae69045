package org.latentlab.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.latentlab.ui.fx.Dialogs;

/**
 * The training form: data, model kind and size, optimizer settings, β on a logarithmic slider with
 * an explicit 0, the KL-only preset, how often the plane is redrawn, and where the model is saved.
 * Disabled while a run is going.
 */
final class TrainingFormView extends VBox {
  private final GridPane grid = new GridPane();
  private int row;

  TrainingFormView(TrainingFormViewModel vm, ReadOnlyBooleanProperty running, Dialogs dialogs) {
    setId("training-form");
    getStyleClass().add("card");
    Label title = new Label("Train a model");
    title.getStyleClass().add("card-subtitle");
    grid.setHgap(10);
    grid.setVgap(7);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(112);
    labels.setPrefWidth(112);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(labels, fields);

    ChoiceBox<TrainingFormViewModel.DataChoice> data = new ChoiceBox<>();
    data.setId("train-data");
    data.getItems().setAll(TrainingFormViewModel.DataChoice.values());
    data.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(TrainingFormViewModel.DataChoice c) {
            return c == null ? "" : c.label();
          }

          @Override
          public TrainingFormViewModel.DataChoice fromString(String s) {
            return null;
          }
        });
    data.valueProperty().bindBidirectional(vm.dataProperty());
    Button folder = new Button("Choose\u2026");
    folder.setId("train-data-folder");
    folder
        .visibleProperty()
        .bind(vm.dataProperty().isEqualTo(TrainingFormViewModel.DataChoice.FOLDER));
    folder.managedProperty().bind(folder.visibleProperty());
    folder.setOnAction(
        e ->
            dialogs
                .chooseDataFolder(getScene().getWindow())
                .ifPresent(vm.dataFolderProperty()::set));
    data.setOnAction(
        e -> {
          if (data.getValue() == TrainingFormViewModel.DataChoice.FOLDER
              && vm.dataFolderProperty().get() == null) {
            folder.fire();
          }
        });
    add("Data", new HBox(8, data, folder));
    Label folderName = caption("");
    folderName
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.dataFolderProperty().get() == null
                        ? ""
                        : vm.dataFolderProperty().get().toString(),
                vm.dataFolderProperty()));
    folderName.visibleProperty().bind(folder.visibleProperty());
    folderName.managedProperty().bind(folder.visibleProperty());
    folderName.setWrapText(true);
    GridPane.setColumnSpan(folderName, 2);
    grid.add(folderName, 0, row++, 2, 1);
    add(
        "Images",
        withHint(field("train-limit", vm.imageLimitProperty(), 90, "all"), "first N (blank: all)"));

    ToggleGroup kind = new ToggleGroup();
    RadioButton ae = new RadioButton("AE");
    RadioButton vae = new RadioButton("VAE");
    ae.setId("train-ae");
    vae.setId("train-vae");
    ae.setToggleGroup(kind);
    vae.setToggleGroup(kind);
    kind.selectToggle(vm.variationalProperty().get() ? vae : ae);
    kind.selectedToggleProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                vm.variationalProperty().set(now == vae);
              }
            });
    vm.variationalProperty().addListener((obs, was, now) -> kind.selectToggle(now ? vae : ae));
    add("Model", new HBox(16, ae, vae));
    add("Latent dim", field("train-latent", vm.latentDimProperty(), 90, "2"));
    add("Hidden sizes", field("train-hidden", vm.hiddenProperty(), 160, "512,256"));
    add("Epochs", field("train-epochs", vm.epochsProperty(), 90, "10"));
    add("Batch size", field("train-batch", vm.batchSizeProperty(), 90, "128"));
    add("Learning rate", field("train-lr", vm.learningRateProperty(), 90, "0.001"));
    addBeta(vm);
    add(
        "Redraw every",
        withHint(
            field("train-every", vm.snapshotEveryProperty(), 90, "20"), "steps (0: each epoch)"));
    add("Points shown", field("train-points", vm.snapshotPointsProperty(), 90, "3000"));
    add("Seed", field("train-seed", vm.seedProperty(), 90, "1"));
    addStartFrom(vm);
    TextField out = field("train-output", vm.outputProperty(), 220, "");
    Button choose = new Button("Choose\u2026");
    choose.setId("train-output-choose");
    // The user picks where the model folder goes; its name stays (a model is a folder).
    choose.setOnAction(
        e ->
            dialogs
                .chooseSaveFolder(getScene().getWindow(), vm.modelsRoot())
                .ifPresent(p -> vm.outputProperty().set(p.resolve(modelName(vm)).toString())));
    out.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(out, Priority.ALWAYS);
    Label saveTo = new Label("Save to");
    saveTo.getStyleClass().add("form-label");
    wide(new VBox(4, saveTo, new HBox(8, out, choose)));
    grid.disableProperty().bind(running);
    getChildren().addAll(title, grid);
  }

  private void addBeta(TrainingFormViewModel vm) {
    Slider slider =
        new Slider(BetaScale.MIN, BetaScale.MAX, BetaScale.position(vm.betaProperty().get()));
    slider.setId("train-beta");
    slider.setMajorTickUnit(1);
    slider.setMinorTickCount(9);
    slider.setSnapToTicks(true);
    slider.setShowTickMarks(true);
    slider.setShowTickLabels(true);
    slider.setLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Double p) {
            return BetaScale.tickLabel(p);
          }

          @Override
          public Double fromString(String s) {
            return null;
          }
        });
    boolean[] syncing = {false};
    slider
        .valueProperty()
        .addListener(
            (obs, was, now) -> {
              if (!syncing[0]) {
                syncing[0] = true;
                vm.betaProperty().set(BetaScale.beta(now.doubleValue()));
                syncing[0] = false;
              }
            });
    vm.betaProperty()
        .addListener(
            (obs, was, now) -> {
              if (!syncing[0]) {
                syncing[0] = true;
                slider.setValue(BetaScale.position(now.doubleValue()));
                syncing[0] = false;
              }
            });
    Label value = new Label();
    value.setId("train-beta-value");
    value.getStyleClass().add("beta-value");
    value
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "\u03b2 = " + BetaScale.describe(vm.betaProperty().get()),
                vm.betaProperty()));
    slider.disableProperty().bind(vm.variationalProperty().not());
    value.disableProperty().bind(vm.variationalProperty().not());
    Label name = new Label("KL weight");
    name.getStyleClass().add("form-label");
    HBox heading = new HBox(12, name, value);
    heading.setAlignment(Pos.BASELINE_LEFT);
    wide(new VBox(2, heading, slider));
    CheckBox klOnly = new CheckBox("KL only: reconstruction weight 0 (the collapsed space)");
    klOnly.setId("train-kl-only");
    klOnly.setWrapText(true);
    klOnly.selectedProperty().bindBidirectional(vm.klOnlyProperty());
    wide(klOnly);
  }

  /** "Start from mnist-vae [Random weights]", shown only when a recorded run set a start model. */
  private void addStartFrom(TrainingFormViewModel vm) {
    Label model = new Label();
    model.setId("train-start-from");
    model.textProperty().bind(vm.startFromProperty());
    Button random = new Button("Random weights");
    random.setId("train-start-random");
    random.setOnAction(e -> vm.startFromProperty().set(""));
    HBox line = new HBox(8, model, random);
    line.setAlignment(Pos.CENTER_LEFT);
    Label name = new Label("Start from");
    name.getStyleClass().add("form-label");
    var shown = vm.startFromProperty().isNotEmpty();
    for (Node n : new Node[] {name, line}) {
      n.visibleProperty().bind(shown);
      n.managedProperty().bind(shown);
    }
    grid.addRow(row++, name, line);
  }

  private static String modelName(TrainingFormViewModel vm) {
    String out = vm.outputProperty().get() == null ? "" : vm.outputProperty().get().strip();
    String name = out.replaceAll("[/\\\\]+$", "").replaceAll(".*[/\\\\]", "");
    return name.isEmpty() ? "model" : name;
  }

  /** A row across both columns. */
  private void wide(Node control) {
    grid.add(control, 0, row++, 2, 1);
  }

  private void add(String name, Node control) {
    Label label = new Label(name);
    label.getStyleClass().add("form-label");
    grid.addRow(row++, label, control);
  }

  private static TextField field(
      String id, javafx.beans.property.StringProperty p, double width, String prompt) {
    TextField f = new TextField();
    f.setId(id);
    f.setPrefColumnCount(Math.max(4, (int) (width / 12)));
    f.setMaxWidth(width);
    f.setPromptText(prompt);
    f.textProperty().bindBidirectional(p);
    return f;
  }

  private static HBox withHint(Node control, String hint) {
    HBox box = new HBox(8, control, caption(hint));
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private static Label caption(String s) {
    Label l = new Label(s);
    l.getStyleClass().add("caption");
    return l;
  }
}
