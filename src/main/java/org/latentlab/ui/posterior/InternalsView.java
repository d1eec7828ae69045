package org.latentlab.ui.posterior;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.PngExport;

/**
 * The "Inside the VAE" tab: both planes with the selected image's posterior (VAE: μ and its 1σ, 2σ
 * ellipses, samples z = μ + σ ⊙ ε; AE: its one code, the σ → 0 limit) and the prior's contours; the
 * posterior card with the decode toggle and the fan; the ELBO terms; and samples from the prior.
 */
public final class InternalsView extends HBox {
  private final InternalsPlaneCard vae;
  private final PosteriorView posterior;
  private final PriorSamplesView prior;

  public InternalsView(ExplorerViewModel explorer, PngExport export) {
    super(14);
    setId("internals");
    getStyleClass().add("tab-body");
    InternalsPlaneCard ae =
        new InternalsPlaneCard(
            explorer, explorer.autoencoder(), export, "internals-ae", "Autoencoder", false);
    vae =
        new InternalsPlaneCard(
            explorer, explorer.vae(), export, "internals-vae", "VAE: posterior and prior", true);
    // Narrow enough for presenter mode at 1.5 on a 1920-pixel screen (1280 layout pixels): the
    // planes give way first, the posterior column keeps its fan and close-up.
    ae.setMinWidth(240);
    vae.setMinWidth(360);
    // Equal preferred widths: when space is short both cards give way by the same amount.
    ae.setPrefWidth(460);
    vae.setPrefWidth(460);
    HBox planes = new HBox(14, ae, vae);
    HBox.setHgrow(vae, Priority.ALWAYS);
    HBox.setHgrow(ae, Priority.ALWAYS);
    VBox.setVgrow(planes, Priority.ALWAYS);
    prior = new PriorSamplesView(explorer);
    VBox left = new VBox(14, planes, prior);
    HBox.setHgrow(left, Priority.ALWAYS);
    posterior =
        new PosteriorView(
            explorer.posterior(),
            new PosteriorZoom(explorer),
            i ->
                i == explorer.firstSelectedProperty().get()
                    ? "A"
                    : i == explorer.secondSelectedProperty().get() ? "B" : "");
    ElboTermsView elbo = new ElboTermsView(explorer.posterior());
    VBox right = new VBox(14, posterior, elbo);
    // On a short window the column scrolls rather than squeezing the planes beside it.
    javafx.scene.control.ScrollPane column = new javafx.scene.control.ScrollPane(right);
    column.setId("internals-right");
    column.setFitToWidth(true);
    column.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    column.getStyleClass().add("slider-panel");
    column.setMinWidth(510);
    column.setPrefWidth(540);
    column.setMaxWidth(560);
    getChildren().addAll(left, column);
  }

  /** The VAE plane card. */
  InternalsPlaneCard vaeCard() {
    return vae;
  }

  /** The posterior card. */
  PosteriorView posteriorView() {
    return posterior;
  }

  /** The prior samples card. */
  PriorSamplesView priorView() {
    return prior;
  }
}
