package org.latentlab.ui.interpolation;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.latentlab.latent.Interpolation;
import org.latentlab.ui.fx.PngExport;

/**
 * Interpolation between the two selected images: a film strip per model, the number of frames,
 * straight or spherical path for the VAE, and a slider and a Play/Pause button that walk both
 * cursors.
 */
public final class InterpolationView extends VBox {
  private final FilmStrip aeStrip = new FilmStrip("ae-strip");
  private final FilmStrip vaeStrip = new FilmStrip("vae-strip");
  private final GridPane figure = new GridPane();
  private final Label hint =
      new Label("Click a dot, then Shift-click another, to walk between them");
  private final Slider walk = new Slider(0, 1, 1);
  private final ObjectProperty<Integer> stepsObject; // bidirectional bindings hold it weakly
  private final Timeline play = new Timeline();

  public InterpolationView(InterpolationViewModel vm, PngExport export) {
    setId("interpolation");
    getStyleClass().add("card");
    Label title = new Label("Interpolation A \u2192 B");
    title.getStyleClass().add("card-subtitle");
    Spinner<Integer> steps =
        new Spinner<>(
            InterpolationViewModel.MIN_STEPS,
            InterpolationViewModel.MAX_STEPS,
            vm.stepsProperty().get());
    steps.setId("steps");
    steps.setPrefWidth(80);
    stepsObject = vm.stepsProperty().asObject();
    steps.getValueFactory().valueProperty().bindBidirectional(stepsObject);
    ChoiceBox<Interpolation.Mode> mode = new ChoiceBox<>();
    mode.setId("vae-path");
    mode.getItems().addAll(Interpolation.Mode.values());
    mode.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Interpolation.Mode m) {
            return m == Interpolation.Mode.SPHERICAL ? "spherical (slerp)" : "straight (lerp)";
          }

          @Override
          public Interpolation.Mode fromString(String s) {
            return null;
          }
        });
    mode.valueProperty().bindBidirectional(vm.vaeModeProperty());
    walk.setId("walk");
    walk.valueProperty().bindBidirectional(vm.positionProperty());
    HBox.setHgrow(walk, Priority.ALWAYS);
    Button playButton = new Button();
    playButton.setId("play");
    playButton.setMinWidth(90); // room for either word, so the slider does not jump
    play.getKeyFrames()
        .setAll(
            new KeyFrame(Duration.ZERO, new KeyValue(vm.positionProperty(), 0)),
            new KeyFrame(
                Duration.seconds(3),
                new KeyValue(vm.positionProperty(), 1, Interpolator.EASE_BOTH)));
    playButton.setOnAction(e -> togglePlay());
    playButton
        .textProperty()
        .bind(
            Bindings.when(play.statusProperty().isEqualTo(Animation.Status.RUNNING))
                .then("\u275a\u275a Pause")
                .otherwise("\u25b6 Play"));
    // Dragging the slider takes the walk over from the animation; Play then starts again at A.
    walk.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> play.stop());
    Button save = new Button("Save PNG\u2026");
    save.getStyleClass().add(org.latentlab.ui.fx.Theme.PRESENTER_OPTIONAL);
    save.setId("interpolation-save");
    save.disableProperty().bind(vm.stripsProperty().isNull());
    save.setOnAction(e -> export.save(this, "interpolation.png", figure));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.SOMETIMES);
    HBox header =
        new HBox(10, title, spacer, new Label("Frames"), steps, new Label("VAE path"), mode, save);
    header.setAlignment(Pos.CENTER_LEFT);
    playButton.disableProperty().bind(vm.stripsProperty().isNull());
    hint.getStyleClass().add("placeholder-inline");
    walk.managedProperty().bind(walk.visibleProperty());
    hint.managedProperty().bind(hint.visibleProperty());
    HBox walker = new HBox(10, playButton, walk, hint);
    walker.setAlignment(Pos.CENTER_LEFT);

    figure.setId("interpolation-figure");
    figure.getStyleClass().add("figure");
    figure.setHgap(10);
    figure.setVgap(6);
    ColumnConstraints labels = new ColumnConstraints();
    ColumnConstraints strips = new ColumnConstraints();
    strips.setHgrow(Priority.ALWAYS); // the strips take the card's spare width for larger frames
    figure.getColumnConstraints().setAll(labels, strips);
    // Each row is named by the model its plane holds: two VAEs side by side are told apart.
    Label leftName = rowLabel("AE");
    leftName.textProperty().bind(vm.left().shortNameProperty());
    Label rightName = rowLabel("VAE");
    rightName.textProperty().bind(vm.right().shortNameProperty());
    figure.addRow(0, leftName, aeStrip);
    figure.addRow(1, rightName, vaeStrip);
    getChildren().addAll(header, figure, walker);
    vm.stripsProperty().addListener((obs, was, now) -> show(now));
    vm.stepsProperty()
        .addListener(
            (obs, was, now) -> {
              if (vm.stripsProperty().get() == null) {
                show(null);
              }
            });
    show(vm.stripsProperty().get());
  }

  /** Play from A, pause while playing, and resume where it paused. */
  private void togglePlay() {
    switch (play.getStatus()) {
      case RUNNING -> play.pause();
      case PAUSED -> play.play();
      default -> play.playFromStart();
    }
  }

  private static Label rowLabel(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("cell-title");
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }

  private void show(InterpolationStrips s) {
    hint.setVisible(s == null);
    walk.setVisible(s != null);
    int slots = stepsObject.get();
    aeStrip.show(
        s == null ? null : s.autoencoder(),
        s == null ? 0 : s.rows(),
        s == null ? 0 : s.cols(),
        slots);
    vaeStrip.show(
        s == null ? null : s.vae(), s == null ? 0 : s.rows(), s == null ? 0 : s.cols(), slots);
    if (s == null) {
      play.stop();
    }
  }
}
