package org.latentlab.ui.posterior;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.latentlab.ui.explorer.ExplorerViewModel;

/**
 * "Sample from the prior": K decodes of z ~ N(0, I) for the VAE next to K decodes for the AE of
 * points drawn from a Gaussian fitted to its codes.
 */
final class PriorSamplesView extends VBox {
  private static final double GRID_WIDTH = 360;
  private final TileGrid vae = new TileGrid("prior-vae", GRID_WIDTH, 3);
  private final TileGrid ae = new TileGrid("prior-ae", GRID_WIDTH, 3);

  PriorSamplesView(ExplorerViewModel explorer) {
    setId("prior");
    getStyleClass().add("card");
    Label title = new Label("Sampling from the prior");
    title.getStyleClass().add("card-subtitle");
    Button sample = new Button("Sample from the prior");
    sample.setId("sample-prior");
    sample.getStyleClass().add("accent");
    sample.setOnAction(e -> explorer.samplePrior());
    sample.disableProperty().bind(explorer.sessionProperty().isNull());
    Label k = new Label();
    k.getStyleClass().add("caption");
    k.textProperty()
        .bind(explorer.posterior().sampleCountProperty().asString("K = %d decodes each"));
    HBox header = new HBox(12, title, sample, k);
    header.setAlignment(Pos.CENTER_LEFT);
    HBox grids =
        new HBox(
            28,
            column("VAE: z ~ N(0, I)", "its prior", vae),
            column("AE: z ~ N(m\u0302, C\u0302)", "fitted to its codes (it has no prior)", ae));
    getChildren().addAll(header, grids);
    PriorSamplesViewModel vm = explorer.prior();
    vm.samplesProperty().addListener((obs, was, now) -> show(vm.samplesProperty().get(), explorer));
    explorer
        .posterior()
        .sampleCountProperty()
        .addListener(
            (obs, was, now) -> {
              if (vm.samplesProperty().get() == null) {
                show(null, explorer);
              }
            });
    show(vm.samplesProperty().get(), explorer);
  }

  private static VBox column(String name, String detail, TileGrid grid) {
    Label top = new Label(name);
    top.getStyleClass().add("cell-title");
    Label below = new Label(detail);
    below.getStyleClass().add("caption");
    HBox heading = new HBox(8, top, below);
    heading.setAlignment(Pos.BASELINE_LEFT);
    VBox box = new VBox(4, heading, grid);
    box.setAlignment(Pos.TOP_LEFT);
    return box;
  }

  private void show(PriorSamplesViewModel.Samples s, ExplorerViewModel explorer) {
    int k = explorer.posterior().sampleCountProperty().get();
    if (s == null) {
      vae.show(null, 28, 28, k);
      ae.show(null, 28, 28, k);
    } else {
      vae.show(s.vaeImages(), s.rows(), s.cols(), k);
      ae.show(s.aeImages(), s.rows(), s.cols(), k);
    }
  }

  /** The VAE's grid. */
  TileGrid vaeGrid() {
    return vae;
  }

  /** The AE's grid. */
  TileGrid aeGrid() {
    return ae;
  }
}
