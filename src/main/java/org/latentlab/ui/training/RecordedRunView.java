package org.latentlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.latentlab.ui.fx.Dialogs;

/**
 * The recorded runs above the plane: a list of the bundled runs (or a file), play / pause, step
 * back and forward (the plane's slider scrubs), and "Train it live". Playing shows {@value #FPS}
 * snapshots a second, so a run of fifty snapshots forms in a few seconds.
 */
final class RecordedRunView extends VBox {
  /** Snapshots shown per second while playing. */
  static final int FPS = 8;

  private static final String OPEN = "";

  RecordedRunView(
      RecordedRunViewModel vm, javafx.beans.value.ObservableBooleanValue running, Dialogs dialogs) {
    super(6);
    setId("training-recorded");
    getStyleClass().add("card");
    Label title = new Label("Recorded runs");
    title.getStyleClass().add("card-subtitle");

    ComboBox<String> runs = new ComboBox<>();
    runs.setId("train-runs");
    runs.setPromptText("Choose a run\u2026");
    runs.setVisibleRowCount(8);
    List<String> items = new ArrayList<>(vm.bundled());
    items.add(OPEN);
    runs.getItems().setAll(items);
    runs.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String name) {
            if (name == null) {
              return "";
            }
            return name.equals(OPEN)
                ? "Open a recorded run\u2026"
                : vm.bundled().contains(name)
                    ? RecordedRunViewModel.label(name)
                    : java.nio.file.Path.of(name).getFileName().toString();
          }

          @Override
          public String fromString(String s) {
            return null;
          }
        });
    boolean[] syncing = {false};
    runs.valueProperty()
        .addListener(
            (obs, was, now) -> {
              if (syncing[0] || now == null) {
                return;
              }
              if (now.equals(OPEN)) {
                // After the list's own selection change: changing it again from inside fails.
                Platform.runLater(
                    () -> {
                      syncing[0] = true;
                      runs.setValue(was);
                      syncing[0] = false;
                      dialogs
                          .chooseRecordedRun(getScene() == null ? null : getScene().getWindow())
                          .ifPresent(vm::loadFile);
                    });
              } else if (!now.equals(vm.nameProperty().get())) {
                vm.load(now);
              }
            });
    vm.nameProperty()
        .addListener(
            (obs, was, now) -> {
              syncing[0] = true;
              if (!now.isEmpty() && !runs.getItems().contains(now)) {
                runs.getItems().add(runs.getItems().size() - 1, now);
              }
              runs.setValue(now.isEmpty() ? null : now);
              syncing[0] = false;
            });
    runs.setMinWidth(140);
    runs.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(runs, Priority.ALWAYS);

    Button back = button("train-run-back", "\u25c0 Step", "One snapshot back");
    back.setOnAction(e -> vm.stepBack());
    Button play = button("train-run-play", "Play", "Play / pause");
    play.textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(vm.playingProperty())
                .then("Pause")
                .otherwise("Play"));
    play.setOnAction(e -> vm.togglePlay());
    Button forward = button("train-run-forward", "Step \u25b6", "One snapshot on");
    forward.setOnAction(e -> vm.stepForward());
    Button live = new Button("Train it live");
    live.setId("train-run-live");
    live.setTooltip(new Tooltip("Fill the form with this run's settings and train it now"));
    live.setOnAction(e -> vm.trainLive());
    live.setMinWidth(Region.USE_PREF_SIZE);
    var none = vm.runProperty().isNull();
    for (Button b : new Button[] {back, play, forward, live}) {
      b.disableProperty().bind(none);
    }
    runs.disableProperty().bind(vm.loadingProperty().or(running));
    // The run on a line of its own, the buttons below it: the card stays whole at scale 1.5.
    HBox buttons = new HBox(8, back, play, forward, live);
    buttons.setAlignment(Pos.CENTER_LEFT);
    javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(8, runs, buttons);

    Label about = new Label();
    about.setId("train-run-about");
    about.getStyleClass().add("caption");
    about.setWrapText(true);
    about.setMinWidth(0);
    about.setPrefWidth(0);
    about.setMaxWidth(Double.MAX_VALUE);
    about.setMinHeight(Region.USE_PREF_SIZE);
    about
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .then("Loading the run\u2026")
                .otherwise(
                    javafx.beans.binding.Bindings.when(vm.runProperty().isNull())
                        .then("Replay a run recorded earlier: the space forms in seconds.")
                        .otherwise(vm.aboutProperty())));
    getChildren().addAll(title, bar, about);

    Timeline clock = new Timeline(new KeyFrame(Duration.millis(1000.0 / FPS), e -> vm.tick()));
    clock.setCycleCount(Animation.INDEFINITE);
    vm.playingProperty()
        .addListener(
            (obs, was, now) -> {
              if (now) {
                clock.play();
              } else {
                clock.stop();
              }
            });
  }

  private static Button button(String id, String text, String tip) {
    Button b = new Button(text);
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    b.setMinWidth(Region.USE_PREF_SIZE);
    return b;
  }
}
