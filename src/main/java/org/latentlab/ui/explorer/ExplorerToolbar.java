package org.latentlab.ui.explorer;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.latentlab.ui.fx.Dialogs;

/**
 * The bar above the explorer: the bundled model pairs, "Open model folder…", how many points to
 * plot for large data sets, and the loading state.
 */
final class ExplorerToolbar extends HBox {
  private static final List<Integer> POINT_CHOICES = List.of(10_000, 20_000, 30_000, 60_000);
  private final ChoiceBox<String> models = new ChoiceBox<>();
  private final ChoiceBox<Integer> points = new ChoiceBox<>();
  private boolean updating;
  private final java.util.Map<String, Path> folders = new java.util.LinkedHashMap<>();
  private final Region spacer = new Region();

  ExplorerToolbar(ExplorerViewModel vm, Dialogs dialogs) {
    super(12);
    setId("toolbar");
    getStyleClass().add("toolbar");
    setAlignment(Pos.CENTER_LEFT);
    Label brand = new Label("LatentLab");
    brand.getStyleClass().add("brand");

    models.setId("model-choice");
    models.getItems().setAll(vm.bundledNames());
    models.setOnAction(
        e -> {
          String choice = models.getValue();
          if (updating || choice == null) {
            return;
          }
          Path folder = folders.get(choice);
          if (folder != null) {
            vm.openFolder(folder);
          } else {
            vm.openBundled(choice);
          }
        });
    // A model folder opened once stays on offer, beside the bundled pairs.
    vm.openedFolders()
        .addListener(
            (javafx.collections.ListChangeListener<Path>)
                c -> {
                  updating = true;
                  try {
                    for (Path p : vm.openedFolders()) {
                      String label = label(p);
                      if (folders.putIfAbsent(label, p) == null) {
                        models.getItems().add(label);
                      }
                    }
                  } finally {
                    updating = false;
                  }
                });
    Button open = new Button("Open model folder\u2026");
    open.setId("open-folder");
    open.setOnAction(
        e -> dialogs.chooseModelFolder(getScene().getWindow()).ifPresent(vm::openFolder));

    // Either plane can hold any model: two VAEs side by side (β = 1 next to β = 0), say.
    javafx.scene.control.MenuButton planes = new javafx.scene.control.MenuButton("Planes");
    planes.setId("plane-models");
    planes.setOnShowing(e -> fillPlanesMenu(planes, vm, dialogs));
    fillPlanesMenu(planes, vm, dialogs);

    points.setId("point-limit");
    points.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Integer n) {
            return n == null ? "" : String.format("%,d", n);
          }

          @Override
          public Integer fromString(String s) {
            return null;
          }
        });
    points.setOnAction(
        e -> {
          if (!updating && points.getValue() != null) {
            vm.pointLimitProperty().set(points.getValue());
          }
        });
    Label pointsLabel = new Label("Points");
    HBox pointsBox = new HBox(8, pointsLabel, points);
    pointsBox.setAlignment(Pos.CENTER_LEFT);
    pointsBox.managedProperty().bind(pointsBox.visibleProperty());

    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(22, 22);
    busy.visibleProperty().bind(vm.loadingProperty());
    Label status = new Label();
    status.setId("status");
    status.getStyleClass().add("status");
    status.textProperty().bind(vm.statusProperty());
    HBox.setHgrow(spacer, Priority.ALWAYS);
    getChildren()
        .addAll(
            brand,
            new Separator(javafx.geometry.Orientation.VERTICAL),
            new Label("Models"),
            models,
            open,
            planes,
            pointsBox,
            spacer,
            busy,
            status);
    models.disableProperty().bind(vm.loadingProperty());
    open.disableProperty().bind(vm.loadingProperty());
    planes.disableProperty().bind(vm.loadingProperty().or(vm.sessionProperty().isNull()));
    points.disableProperty().bind(vm.loadingProperty());

    vm.sessionProperty().addListener((obs, was, now) -> sessionChanged(vm, pointsBox));
    sessionChanged(vm, pointsBox);
  }

  private void sessionChanged(ExplorerViewModel vm, HBox pointsBox) {
    ExplorerSession s = vm.sessionProperty().get();
    updating = true;
    try {
      String shown = s == null ? null : s.title();
      if (shown != null && !models.getItems().contains(shown) && !vm.openedFolders().isEmpty()) {
        shown = label(vm.openedFolders().get(vm.openedFolders().size() - 1));
      }
      models.setValue(shown != null && models.getItems().contains(shown) ? shown : null);
      int total = s == null ? 0 : s.images().count();
      pointsBox.setVisible(total > ExplorerViewModel.DEFAULT_POINTS);
      points.getItems().clear();
      for (int n : POINT_CHOICES) {
        if (n < total) {
          points.getItems().add(n);
        }
      }
      if (total > 0) {
        points.getItems().add(total);
      }
      points.setValue(Math.min(total, vm.pointLimitProperty().get()));
    } finally {
      updating = false;
    }
  }

  /** One submenu per plane: the bundled models of the data shown, and a model folder. */
  private static void fillPlanesMenu(
      javafx.scene.control.MenuButton planes, ExplorerViewModel vm, Dialogs dialogs) {
    planes.getItems().clear();
    for (boolean left : new boolean[] {true, false}) {
      javafx.scene.control.Menu side =
          new javafx.scene.control.Menu(left ? "Left plane" : "Right plane");
      side.setId(left ? "left-plane-models" : "right-plane-models");
      for (String model : vm.bundledModels()) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(model);
        item.setId((left ? "left-" : "right-") + model);
        item.setOnAction(e -> vm.openOnPlane(model, left));
        side.getItems().add(item);
      }
      javafx.scene.control.MenuItem folder =
          new javafx.scene.control.MenuItem("Model folder\u2026");
      folder.setOnAction(
          e ->
              dialogs
                  .chooseModelFolder(planes.getScene().getWindow())
                  .ifPresent(f -> vm.openOnPlane(f.toString(), left)));
      if (!side.getItems().isEmpty()) {
        side.getItems().add(new javafx.scene.control.SeparatorMenuItem());
      }
      side.getItems().add(folder);
      planes.getItems().add(side);
    }
  }

  /** Adds {@code item} after the model controls (the lesson menu, say). */
  void addItem(javafx.scene.Node item) {
    getChildren().add(getChildren().indexOf(spacer), item);
  }

  /** How the switcher names a model folder: "Folder: my-vae". */
  private static String label(Path folder) {
    return "Folder: " + folder.getFileName();
  }
}
