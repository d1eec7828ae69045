package org.latentlab.ui.information;

import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.latentlab.ui.information.KlFitViewModel.Setting;

/**
 * Forward vs reverse KL: the plot, sliders that move p's two modes, play / pause / step / reset,
 * each fit's current values, and why the direction matters for the VAE.
 */
final class KlFitView extends VBox {
  private static final Duration FRAME = Duration.millis(70);
  private final KlFitViewModel vm;
  private final Timeline timeline;

  KlFitView(KlFitViewModel vm) {
    this.vm = vm;
    setId("fit");
    getStyleClass().add("card");
    Label title = new Label("Forward vs reverse KL: one Gaussian q for two modes");
    title.getStyleClass().add("card-subtitle");
    GridPane settings = new GridPane();
    settings.setHgap(8);
    settings.setVgap(2);
    int row = 0;
    for (Setting s : Setting.values()) {
      Slider slider = new Slider(s.min, s.max, vm.value(s));
      slider.setId("fit-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      slider.setPrefWidth(150);
      Label value = new Label();
      value.getStyleClass().add("coordinates");
      value.setMinWidth(Region.USE_PREF_SIZE);
      value.setText(Amounts.number(vm.value(s)));
      slider
          .valueProperty()
          .addListener(
              (o, was, now) -> {
                vm.set(s, now.doubleValue());
                value.setText(Amounts.number(vm.value(s)));
              });
      Label name = new Label(s.symbol);
      name.getStyleClass().add("slider-name");
      settings.addRow(row++, name, slider, value);
    }
    Button play = new Button();
    play.setId("fit-play");
    play.textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(vm.playingProperty())
                .then("Pause")
                .otherwise("\u25b6 Play"));
    play.setOnAction(e -> vm.togglePlay());
    Button step = new Button("Step");
    step.setId("fit-step");
    step.setOnAction(e -> vm.step());
    Button reset = new Button("Reset");
    reset.setId("fit-reset");
    reset.setOnAction(e -> vm.reset());
    HBox buttons = new HBox(8, play, step, reset);
    buttons.setAlignment(Pos.CENTER_LEFT);
    Label forward = new Label();
    forward.setId("fit-forward");
    forward.getStyleClass().add("coordinates");
    Label reverse = new Label();
    reverse.setId("fit-reverse");
    reverse.getStyleClass().add("coordinates");
    forward.setWrapText(true);
    reverse.setWrapText(true);
    vm.forwardProperty()
        .addListener(
            (o, was, now) -> forward.setText("KL(p \u2016 q) = " + KlFitPlot.describe(now)));
    vm.reverseProperty()
        .addListener(
            (o, was, now) -> reverse.setText("KL(q \u2016 p) = " + KlFitPlot.describe(now)));
    forward.setText("KL(p \u2016 q) = " + KlFitPlot.describe(vm.forwardProperty().get()));
    reverse.setText("KL(q \u2016 p) = " + KlFitPlot.describe(vm.reverseProperty().get()));
    Label caption =
        new Label(
            "KL(p \u2016 q) punishes q for missing any of p's mass, so q spreads over both"
                + " modes. KL(q \u2016 p) punishes q for putting mass where p has none, so q"
                + " settles on one mode. The VAE's encoder minimizes KL(q(z|x) \u2016 p(z|x)),"
                + " the second kind: its q(z|x) is a compact guess that may miss some of the"
                + " true posterior rather than a wide one that covers it all.");
    caption.setWrapText(true);
    caption.getStyleClass().add("caption");
    VBox right = new VBox(6, buttons, forward, reverse);
    settings.setMinWidth(Region.USE_PREF_SIZE);
    HBox.setHgrow(right, javafx.scene.layout.Priority.ALWAYS);
    HBox below = new HBox(18, settings, right);
    getChildren().addAll(title, new KlFitPlot(vm), below, caption);
    timeline = new Timeline(new KeyFrame(FRAME, e -> vm.step()));
    timeline.setCycleCount(Timeline.INDEFINITE);
    vm.playingProperty()
        .addListener(
            (o, was, now) -> {
              if (now) {
                timeline.play();
              } else {
                timeline.stop();
              }
            });
  }
}
