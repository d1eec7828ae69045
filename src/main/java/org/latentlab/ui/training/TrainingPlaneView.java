package org.latentlab.ui.training;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.latentlab.ui.fx.ClassPalette;
import org.latentlab.ui.fx.ResizableCanvas;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneRenderer;
import org.latentlab.ui.plane.PlaneScene;

/**
 * The watched images' codes while the model trains: redrawn at every snapshot, so the audience sees
 * the latent space form; afterwards a slider scrubs through the snapshots.
 */
final class TrainingPlaneView extends VBox {
  private final TrainingViewModel vm;
  private final SnapshotCanvas canvas = new SnapshotCanvas();
  private final Label when = new Label("No run yet");
  private final Slider replay = new Slider(0, 1, 0);
  private final FlowPane legend = new FlowPane(12, 4);
  private boolean syncing;

  TrainingPlaneView(TrainingViewModel vm) {
    this.vm = vm;
    setId("training-plane");
    getStyleClass().add("card");
    Label title = new Label("Latent space as it trains");
    title.getStyleClass().add("card-subtitle");
    when.setId("train-snapshot");
    when.getStyleClass().add("caption");
    when.setWrapText(true);
    when.setMinHeight(Region.USE_PREF_SIZE);
    // Long captions wrap instead of widening the card.
    when.setMinWidth(0);
    when.setPrefWidth(0);
    when.setMaxWidth(Double.MAX_VALUE);
    canvas.setId("train-plane-canvas");
    VBox.setVgrow(canvas, Priority.ALWAYS);

    replay.setId("train-replay");
    replay.setBlockIncrement(1);
    replay.setMajorTickUnit(1);
    replay.setMinorTickCount(0);
    replay.setSnapToTicks(true);
    replay.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.snapshots()).lessThan(2));
    HBox.setHgrow(replay, Priority.ALWAYS);
    replay
        .valueProperty()
        .addListener(
            (obs, was, now) -> {
              if (!syncing) {
                vm.showSnapshot((int) Math.round(now.doubleValue()));
              }
            });
    ToggleButton live = new ToggleButton("Live");
    live.setId("train-live");
    live.selectedProperty().bindBidirectional(vm.liveProperty());
    live.setOnAction(
        e -> {
          if (live.isSelected()) {
            vm.showSnapshot(vm.snapshots().size() - 1);
          }
        });
    Label replayLabel = new Label("Replay");
    replayLabel.getStyleClass().add("form-label");
    HBox controls = new HBox(10, replayLabel, replay, live);
    controls.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(title, when, canvas, controls, legend);

    vm.snapshots()
        .addListener((javafx.collections.ListChangeListener<TrainingSnapshot>) c -> sync());
    vm.shownSnapshotProperty().addListener((obs, was, now) -> sync());
    vm.classNamesProperty().addListener((obs, was, now) -> showLegend(now));
    sync();
  }

  private void sync() {
    int n = vm.snapshots().size();
    int shown = vm.shownSnapshotProperty().get();
    syncing = true;
    try {
      replay.setMax(Math.max(1, n - 1));
      replay.setValue(Math.max(0, shown));
    } finally {
      syncing = false;
    }
    TrainingSnapshot s = shown >= 0 && shown < n ? vm.snapshots().get(shown) : null;
    when.setText(
        s == null
            ? (vm.runningProperty().get()
                ? "Waiting for the first codes\u2026"
                : "Start a run to watch its codes move")
            : s.describe()
                + "  \u00b7  snapshot "
                + (shown + 1)
                + " of "
                + n
                + collapsed(s.data()));
    canvas.show(s);
  }

  /** " · all 3,000 codes within ±0.002" when the codes have shrunk to a speck on the plane. */
  private static String collapsed(PlaneData d) {
    if (d == null || d.size() == 0) {
      return "";
    }
    double r = 0;
    double cx = 0;
    double cy = 0;
    for (int i = 0; i < d.size(); i++) {
      cx += d.xs()[i];
      cy += d.ys()[i];
    }
    cx /= d.size();
    cy /= d.size();
    for (int i = 0; i < d.size(); i++) {
      r = Math.max(r, Math.max(Math.abs(d.xs()[i] - cx), Math.abs(d.ys()[i] - cy)));
    }
    return r < 0.01 * d.home().width()
        ? String.format(
            java.util.Locale.ROOT,
            "  \u00b7  collapsed: all %,d codes within \u00b1%.2g",
            d.size(),
            r)
        : "";
  }

  private void showLegend(List<String> names) {
    legend.getChildren().clear();
    for (int c = 0; c < names.size(); c++) {
      Rectangle swatch = new Rectangle(12, 12, ClassPalette.color(c));
      swatch.getStyleClass().add("swatch");
      Label name = new Label(names.get(c));
      name.getStyleClass().add("caption");
      HBox entry = new HBox(4, swatch, name);
      entry.setAlignment(Pos.CENTER_LEFT);
      legend.getChildren().add(entry);
    }
  }

  /** The plane's canvas. */
  Canvas canvas() {
    return canvas.canvas();
  }

  /** A plane drawing of one snapshot, redrawn on resize. */
  private static final class SnapshotCanvas extends ResizableCanvas {
    private final PlaneRenderer renderer = new PlaneRenderer();
    private TrainingSnapshot snapshot;

    SnapshotCanvas() {
      setOnResize(this::redraw);
      setMinSize(240, 240);
      setPrefSize(520, 520);
    }

    void show(TrainingSnapshot s) {
      snapshot = s;
      redraw();
    }

    private void redraw() {
      if (!hasArea()) {
        return;
      }
      PlaneData d = snapshot == null ? null : snapshot.data();
      org.latentlab.latent.Bounds view =
          d == null ? new org.latentlab.latent.Bounds(-3, 3, -3, 3) : d.home().fitAspect(1);
      boolean rings = snapshot != null && snapshot.variational() && d.latentDim() >= 2;
      Canvas c = canvas();
      renderer.draw(
          c.getGraphicsContext2D(),
          new PlaneScene(null, d, view, null, -1, -1, -1, null, rings),
          c.getWidth(),
          c.getHeight());
    }
  }
}
