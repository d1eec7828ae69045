package org.latentlab.ui.explorer;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentlab.ui.fx.LayoutBoundary;
import org.latentlab.ui.fx.PixelImages;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.fx.SteadyLabel;
import org.latentlab.ui.holes.HoleMapOverlay;
import org.latentlab.ui.holes.PlaneQuality;
import org.latentlab.ui.holes.QualityBadges;
import org.latentlab.ui.plane.DecodedImage;
import org.latentlab.ui.plane.PlaneCanvas;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneOverlays;
import org.latentlab.ui.plane.PlaneRenderer;
import org.latentlab.ui.plane.PlaneScene;
import org.latentlab.ui.plane.PlaneViewModel;
import org.latentlab.ui.plane.PlotFrame;
import org.latentlab.ui.plane.SliderPanel;

/**
 * One plane as a card: title and buttons, the interactive scatter, the decoder's output at the
 * cursor (enlarged, crisp pixels) and one slider per latent dimension.
 */
public final class PlaneView extends VBox {
  private static final double DECODED_SIZE = 168;

  private final PlaneCanvas canvas;
  private final ImageView decoded = PixelImages.crispView(DECODED_SIZE);
  private final PixelImages.Live decodedImage = new PixelImages.Live(DECODED_SIZE);
  // The widest coordinates: "PC = (−00.00, −00.00)".
  private final SteadyLabel coordinates =
      new SteadyLabel("PC = (\u221200.00, \u221200.00)", Pos.CENTER);

  PlaneView(ExplorerViewModel explorer, PlaneViewModel plane, PngExport export, String id) {
    setId(id);
    getStyleClass().add("card");
    canvas = new PlaneCanvas(explorer, plane);
    canvas.setId(id + "-canvas");
    decoded.setId(id + "-decoded");

    Label title = new Label();
    title.textProperty().bind(plane.titleProperty());
    title.getStyleClass().add("card-title");
    title.setMinWidth(Region.USE_PREF_SIZE);
    // Which model this plane shows: name, kind, β or KL only, latent size.
    Label model = new Label();
    model.setId(id + "-model");
    model.getStyleClass().add("caption");
    model.textProperty().bind(plane.modelProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button reset = new Button("Reset view");
    reset.setId(id + "-reset");
    reset.setOnAction(e -> plane.resetView());
    Button save = new Button("Save PNG\u2026");
    save.setId(id + "-save");
    save.setOnAction(
        e ->
            export.saveRendered(
                this,
                PngExport.fileName(plane.title()),
                scale ->
                    PlaneRenderer.render(
                        PlaneScene.of(explorer, plane, plane.title()),
                        (int) canvas.canvas().getWidth(),
                        (int) (canvas.canvas().getHeight() + PlotFrame.TITLE_HEIGHT),
                        canvas.underlay(),
                        scale)));
    reset.getStyleClass().add(ExplorerView.OPTIONAL);
    Button fit = new Button("Fit to codes");
    fit.setId(id + "-fit");
    fit.getStyleClass().add(ExplorerView.OPTIONAL);
    fit.setOnAction(e -> plane.fitToCodes());
    save.getStyleClass().add(ExplorerView.OPTIONAL);
    // The buttons keep their words; the model's name gives way (it ends in "…") when space is
    // short.
    for (Button b : new Button[] {fit, reset, save}) {
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    model.setMinWidth(0);
    HBox header = new HBox(10, title, model, spacer, fit, reset, save);
    header.setAlignment(Pos.CENTER_LEFT);

    // A new image every drag event: its layout request stops at the frame, which never changes
    // size.
    StackPane frame = new StackPane(new LayoutBoundary(decoded));
    frame.getStyleClass().add("pixel-frame");
    frame.setMinSize(DECODED_SIZE + 8, DECODED_SIZE + 8);
    frame.setMaxSize(DECODED_SIZE + 8, DECODED_SIZE + 8);
    Label caption = new Label("Decoded at cursor");
    caption.getStyleClass().add("caption");
    coordinates.label().getStyleClass().add("coordinates");
    PlaneQuality quality = explorer.holeMap().of(plane);
    HoleMapOverlay.attach(canvas, explorer.holeMap(), quality);
    VBox side =
        new VBox(
            6, caption, frame, coordinates, new QualityBadges(explorer.holeMap(), quality, id));
    side.setAlignment(Pos.TOP_CENTER);
    side.setMinWidth(DECODED_SIZE + 12);

    HBox body = new HBox(12, canvas, side);
    HBox.setHgrow(canvas, Priority.ALWAYS);
    VBox.setVgrow(body, Priority.ALWAYS);
    SliderPanel sliders = new SliderPanel(plane, id);
    sliders.getStyleClass().add(ExplorerView.OPTIONAL);
    getChildren().addAll(header, body, sliders);

    plane.decodedProperty().addListener((obs, was, now) -> showDecoded(now));
    plane.cursorProperty().addListener((obs, was, now) -> showCoordinates(plane));
    showDecoded(plane.decodedProperty().get());
    showCoordinates(plane);
  }

  private void showDecoded(DecodedImage d) {
    decoded.setImage(d == null ? null : decodedImage.show(d.pixels(), d.rows(), d.cols()));
  }

  private void showCoordinates(PlaneViewModel plane) {
    double[] c = plane.cursorOnPlane();
    PlaneData d = plane.dataProperty().get();
    if (c == null || d == null) {
      coordinates.setText(" ");
      return;
    }
    String name = d.latentDim() <= 2 ? "z" : "PC";
    coordinates.setText(
        PlaneOverlays.minus(String.format(Locale.ROOT, "%s = (%.2f, %.2f)", name, c[0], c[1])));
  }

  /** The interactive canvas. */
  public PlaneCanvas planeCanvas() {
    return canvas;
  }

  /** The decoded image at the cursor. */
  ImageView decodedView() {
    return decoded;
  }
}
