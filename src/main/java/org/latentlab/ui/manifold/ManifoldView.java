package org.latentlab.ui.manifold;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.plane.PlotFrame;

/**
 * The manifold tab: each decoder over an n × n grid of its plane's visible area, side by side; for
 * the VAE optionally the grid through the inverse Gaussian CDF (Kingma and Welling, Fig. 4).
 */
public final class ManifoldView extends VBox {
  private final ObjectProperty<Integer> sizeObject; // bidirectional bindings hold it weakly
  private final ManifoldCanvas ae;
  private final ManifoldCanvas vae;

  public ManifoldView(ManifoldViewModel vm, PngExport export) {
    super(12);
    setId("manifold");
    getStyleClass().add("tab-body");
    Spinner<Integer> size =
        new Spinner<>(
            ManifoldViewModel.MIN_SIZE, ManifoldViewModel.MAX_SIZE, vm.sizeProperty().get());
    size.setId("grid-size");
    size.setPrefWidth(80);
    sizeObject = vm.sizeProperty().asObject();
    size.getValueFactory().valueProperty().bindBidirectional(sizeObject);
    CheckBox gaussian =
        new CheckBox("VAE: grid through the inverse Gaussian CDF " + "(Kingma & Welling, Fig. 4)");
    gaussian.setId("gaussian-grid");
    gaussian.selectedProperty().bindBidirectional(vm.gaussianProperty());
    Label hint =
        new Label(
            "Each grid covers its plane's visible area: zoom and pan in "
                + "\u201cLatent space\u201d to choose it.");
    hint.getStyleClass().add("caption");
    HBox controls = new HBox(12, new Label("Tiles per side"), size, gaussian);
    controls.setAlignment(Pos.CENTER_LEFT);

    ae = new ManifoldCanvas(vm.autoencoderProperty());
    ae.setId("manifold-ae");
    vae = new ManifoldCanvas(vm.vaeProperty());
    vae.setId("manifold-vae");
    HBox cards =
        new HBox(
            16,
            card("Autoencoder", ae, vm.autoencoderProperty(), export),
            card("Variational autoencoder", vae, vm.vaeProperty(), export));
    VBox.setVgrow(cards, Priority.ALWAYS);
    getChildren().addAll(controls, hint, cards);
  }

  private static VBox card(
      String title,
      ManifoldCanvas canvas,
      ReadOnlyObjectProperty<ManifoldMosaic> mosaic,
      PngExport export) {
    Label name = new Label(title);
    name.getStyleClass().add("card-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button save = new Button("Save PNG\u2026");
    save.getStyleClass().add(org.latentlab.ui.fx.Theme.PRESENTER_OPTIONAL);
    save.setId(canvas.getId() + "-save");
    save.disableProperty().bind(mosaic.isNull());
    save.setOnAction(
        e ->
            export.saveRendered(
                canvas,
                PngExport.fileName(title + " grid"),
                scale ->
                    ManifoldRenderer.render(
                        mosaic.get(),
                        title,
                        (int) canvas.canvas().getWidth(),
                        (int) (canvas.canvas().getHeight() + PlotFrame.TITLE_HEIGHT),
                        scale)));
    HBox header = new HBox(10, name, spacer, save);
    header.setAlignment(Pos.CENTER_LEFT);
    VBox card = new VBox(8, header, canvas);
    card.getStyleClass().add("card");
    VBox.setVgrow(canvas, Priority.ALWAYS);
    HBox.setHgrow(card, Priority.ALWAYS);
    return card;
  }

  /** The AE's mosaic canvas. */
  ManifoldCanvas autoencoderCanvas() {
    return ae;
  }

  /** The VAE's mosaic canvas. */
  ManifoldCanvas vaeCanvas() {
    return vae;
  }
}
