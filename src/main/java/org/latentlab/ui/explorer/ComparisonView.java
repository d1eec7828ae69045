package org.latentlab.ui.explorer;

import java.util.Locale;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentlab.ui.fx.PixelImages;
import org.latentlab.ui.fx.PngExport;

/** Same input, two models: the selected image, the AE's and the VAE's reconstruction and losses. */
final class ComparisonView extends VBox {
  private static final double SIZE = 112;
  private final HBox figure = new HBox(14);
  private final IntFunction<String> letter;
  private javafx.beans.value.ObservableStringValue leftName =
      new javafx.beans.property.SimpleStringProperty("AE");
  private javafx.beans.value.ObservableStringValue rightName =
      new javafx.beans.property.SimpleStringProperty("VAE");
  private ComparisonViewModel model;

  ComparisonView(ComparisonViewModel vm, PngExport export) {
    this(vm, export, index -> "");
  }

  /**
   * The comparison card.
   *
   * @param letter "A" or "B" for an image that is an interpolation endpoint, "" otherwise
   */
  ComparisonView(ComparisonViewModel vm, PngExport export, IntFunction<String> letter) {
    this.letter = letter;
    this.model = vm;
    setId("comparison");
    getStyleClass().add("card");
    Label title = new Label("Same input, two models");
    title.getStyleClass().add("card-subtitle");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button save = new Button("Save PNG\u2026");
    save.getStyleClass().add(org.latentlab.ui.fx.Theme.PRESENTER_OPTIONAL);
    save.setId("comparison-save");
    save.disableProperty().bind(vm.comparisonProperty().isNull());
    save.setOnAction(e -> export.save(this, "reconstructions.png", figure));
    HBox header = new HBox(10, title, spacer, save);
    header.setAlignment(Pos.CENTER_LEFT);
    figure.setId("comparison-figure");
    figure.getStyleClass().add("figure");
    getChildren().addAll(header, figure);
    vm.comparisonProperty().addListener((obs, was, now) -> show(now));
    show(vm.comparisonProperty().get());
  }

  /**
   * Names the two reconstructions by the models the planes hold ("AE", "VAE β = 0", see {@link
   * org.latentlab.ui.plane.PlaneViewModel#shortNameProperty()}), following them as they change.
   */
  void nameModels(
      javafx.beans.value.ObservableStringValue left,
      javafx.beans.value.ObservableStringValue right) {
    leftName = left;
    rightName = right;
    left.addListener((obs, was, now) -> show(model.comparisonProperty().get()));
    right.addListener((obs, was, now) -> show(model.comparisonProperty().get()));
    show(model.comparisonProperty().get());
  }

  private static String cellName(String shortName) {
    // "VAE β = 0" fills the cell's width already: only the plain VAE gets "(μ)".
    return shortName.equals("AE")
        ? "Autoencoder"
        : shortName.equals("VAE") ? "VAE (\u03bc)" : shortName;
  }

  private void show(Comparison c) {
    figure
        .getChildren()
        .setAll(
            cell(
                c == null ? null : c.input(),
                c,
                "Input",
                c == null ? "click a dot" : endpoint(c) + "class " + c.className()),
            cell(
                c == null ? null : c.autoencoderReconstruction(),
                c,
                cellName(leftName.get()),
                c == null ? "loss \u2014" : nats(c.autoencoderLoss())),
            cell(
                c == null ? null : c.vaeReconstruction(),
                c,
                cellName(rightName.get()),
                c == null ? "loss \u2014" : nats(c.vaeLoss())));
  }

  private static VBox cell(float[] pixels, Comparison c, String name, String detail) {
    ImageView view = PixelImages.crispView(SIZE);
    if (pixels != null) {
      view.setImage(PixelImages.crisp(pixels, c.rows(), c.cols(), SIZE));
    }
    StackPane frame = new StackPane(view);
    frame.getStyleClass().add("pixel-frame");
    frame.setMinSize(SIZE + 8, SIZE + 8);
    if (pixels == null) {
      frame.getStyleClass().add("empty-frame");
    }
    Label top = new Label(name);
    top.getStyleClass().add("cell-title");
    Label bottom = new Label(detail);
    bottom.getStyleClass().add("caption");
    VBox cell = new VBox(4, frame, top, bottom);
    cell.setAlignment(Pos.TOP_CENTER);
    return cell;
  }

  /** "A · " or "B · " before the class, so the card says which endpoint it reconstructs. */
  private String endpoint(Comparison c) {
    String l = letter.apply(c.index());
    return l.isEmpty() ? "" : l + " \u00b7 ";
  }

  private static String nats(float loss) {
    return String.format(Locale.ROOT, "loss %.1f nats", loss);
  }
}
