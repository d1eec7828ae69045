package org.latentlab.ui.posterior;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.plane.PlaneCanvas;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneRenderer;
import org.latentlab.ui.plane.PlaneViewModel;
import org.latentlab.ui.plane.PlotFrame;

/**
 * One plane on the "Inside the VAE" tab: the scatter with the selected image's posterior (VAE) or
 * code (AE), samples and prior contours, and a line saying what the drawing shows.
 */
final class InternalsPlaneCard extends VBox {
  private final PlaneCanvas canvas;
  private final Label note = new Label();

  InternalsPlaneCard(
      ExplorerViewModel explorer,
      PlaneViewModel plane,
      PngExport export,
      String id,
      String name,
      boolean variational) {
    setId(id);
    getStyleClass().add("card");
    canvas = new PlaneCanvas(explorer, plane, true);
    canvas.setId(id + "-canvas");
    canvas.setPrefSize(460, 440);
    Label title = new Label(name);
    title.getStyleClass().add("card-title");
    title.setMinWidth(Region.USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button reset = new Button("Reset");
    reset.getStyleClass().add(org.latentlab.ui.fx.Theme.PRESENTER_OPTIONAL);
    reset.setOnAction(e -> plane.resetView());
    Button save = new Button("PNG\u2026");
    save.setId(id + "-save");
    save.setOnAction(
        e ->
            export.saveRendered(
                this,
                PngExport.fileName(plane.title() + " posterior"),
                scale ->
                    PlaneRenderer.render(
                        canvas.scene(plane.title()),
                        (int) canvas.canvas().getWidth(),
                        (int) (canvas.canvas().getHeight() + PlotFrame.TITLE_HEIGHT),
                        null,
                        scale)));
    HBox header = new HBox(10, title, spacer, reset, save);
    header.setAlignment(Pos.CENTER_LEFT);
    note.getStyleClass().add("caption");
    note.setWrapText(true);
    note.setMinHeight(Region.USE_PREF_SIZE);
    VBox.setVgrow(canvas, Priority.ALWAYS);
    getChildren().addAll(header, canvas);
    if (variational) {
      CheckBox samples =
          new CheckBox(
              "Plot one sample z = \u03bc + \u03c3 \u2299 \u03b5 per" + " image instead of \u03bc");
      samples.setId(id + "-plot-samples");
      samples.selectedProperty().bindBidirectional(explorer.posterior().plotSamplesProperty());
      samples
          .selectedProperty()
          .addListener((obs, was, now) -> describe(plane.dataProperty().get(), true, now));
      getChildren().add(samples);
    }
    getChildren().add(note);
    plane
        .dataProperty()
        .addListener(
            (obs, was, now) ->
                describe(now, variational, explorer.posterior().plotSamplesProperty().get()));
    describe(plane.dataProperty().get(), variational, false);
  }

  private void describe(PlaneData d, boolean variational, boolean samples) {
    String pca =
        d != null && d.latentDim() > 2
            ? " The plane shows PC 1 and 2 of the "
                + d.latentDim()
                + "-D codes; everything drawn is "
                + "projected onto it (ellipses: the posterior's marginal in this plane)."
            : "";
    note.setText(
        variational
            ? (samples
                    ? "Dots: one sample z ~ q(z|x) of every image."
                    : "Dots: \u03bc of every image.")
                + " Ellipses: 1\u03c3 and 2\u03c3 of q(z|x) = N(\u03bc, "
                + "\u03c3\u00b2) for the selected image; white dots: samples z = \u03bc + \u03c3 "
                + "\u2299 \u03b5. Dashed: the prior N(0, I) at 1, 2, 3\u03c3. Crosses: prior samples."
                + pca
            : "One code per image: the \u03c3 \u2192 0 limit of a posterior. Crosses: samples of a "
                + "Gaussian fitted to these codes."
                + pca);
  }

  /** The interactive canvas. */
  PlaneCanvas planeCanvas() {
    return canvas;
  }
}
