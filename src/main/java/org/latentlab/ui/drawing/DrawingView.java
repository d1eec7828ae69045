package org.latentlab.ui.drawing;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.latentlab.latent.draw.MnistPreprocess;
import org.latentlab.latent.vae.ElboTerms;
import org.latentlab.ui.fx.Dialogs;
import org.latentlab.ui.fx.PixelImages;
import org.latentlab.ui.plane.PlaneCanvas;

/**
 * The "Draw" tab: the pad with its brush, Undo, Clear and "Open image…"; the 28 × 28 digit the
 * models see, both reconstructions, the classifier's guess and the ELBO terms; and both planes with
 * the cursor on the drawing's code and, on the VAE's, the 1σ and 2σ ellipses of its posterior.
 */
public final class DrawingView extends HBox {
  private static final double TILE = 140;
  private final DrawingViewModel vm;
  private final ImageView input = PixelImages.crispView(TILE);
  private final ImageView aeImage = PixelImages.crispView(TILE);
  private final ImageView vaeImage = PixelImages.crispView(TILE);
  private final Label guess = new Label();
  private final Label elbo = new Label();
  private final Label codes = new Label();
  private final PlaneCanvas aePlane;
  private final PlaneCanvas vaePlane;

  /**
   * The tab, its content built the first time it is shown (start-up builds only the first tab).
   *
   * @param drawing the pad's view model (whose explorer reads the drawing and shows it)
   * @param dialogs the image chooser and error reporting
   */
  public static Tab tab(DrawingViewModel drawing, Dialogs dialogs) {
    Tab tab = new Tab("Draw");
    tab.setId("draw-tab");
    tab.selectedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now && tab.getContent() == null) {
                tab.setContent(new DrawingView(drawing, dialogs));
              }
            });
    return tab;
  }

  /** The tab's content around a view model. */
  public DrawingView(DrawingViewModel vm, Dialogs dialogs) {
    super(16);
    this.vm = vm;
    setId("drawing");
    getStyleClass().add("tab-body");
    vm.setErrorHandler(message -> dialogs.showError(window(), message));
    aePlane = new PlaneCanvas(vm.explorer(), vm.explorer().autoencoder());
    vaePlane = new PlaneCanvas(vm.explorer(), vm.explorer().vae());
    ContourOverlay.attach(vaePlane, vm.explorer().vae(), vm);
    VBox planes =
        new VBox(
            12, planeCard("Autoencoder: z", aePlane), planeCard("VAE: μ, 1σ and 2σ", vaePlane));
    HBox.setHgrow(planes, Priority.ALWAYS);
    getChildren().addAll(padCard(dialogs), readingCard(), planes);
    vm.readingProperty().addListener((obs, was, now) -> show(now));
    show(vm.readingProperty().get());
  }

  private Window window() {
    return getScene() == null ? null : getScene().getWindow();
  }

  private VBox padCard(Dialogs dialogs) {
    Label title = new Label("Draw a digit");
    title.getStyleClass().add("card-subtitle");
    DrawingPad pad = new DrawingPad(vm);
    Slider brush =
        new Slider(
            DrawingViewModel.MIN_BRUSH, DrawingViewModel.MAX_BRUSH, vm.brushProperty().get());
    brush.setId("drawing-brush");
    brush.valueProperty().bindBidirectional(vm.brushProperty());
    Button undo = new Button("Undo");
    undo.setId("drawing-undo");
    undo.setOnAction(e -> vm.undo());
    Button clear = new Button("Clear");
    clear.setId("drawing-clear");
    clear.setOnAction(e -> vm.clear());
    Button open = new Button("Open image\u2026");
    open.setId("drawing-open");
    open.setOnAction(e -> dialogs.chooseImageFile(window()).ifPresent(vm::openImage));
    HBox brushRow = new HBox(8, new Label("Brush"), brush);
    brushRow.setAlignment(Pos.CENTER_LEFT);
    // Buttons wrap onto more lines rather than shrink to "Un…" in a narrow card (presenter mode).
    javafx.scene.layout.FlowPane buttons =
        new javafx.scene.layout.FlowPane(8, 8, undo, clear, open);
    buttons.setPrefWrapLength(DrawingViewModel.PAD);
    // The drawing as an interpolation endpoint: walk from your own digit to one of the data's.
    Button asA = new Button("Use as A");
    asA.setId("drawing-as-a");
    Button asB = new Button("Use as B");
    asB.setId("drawing-as-b");
    Label used = new Label();
    used.setId("drawing-used");
    used.setWrapText(true);
    used.setMaxWidth(DrawingViewModel.PAD);
    asA.setOnAction(e -> used.setText(vm.useAs(false) ? usedText() : used.getText()));
    asB.setOnAction(e -> used.setText(vm.useAs(true) ? usedText() : used.getText()));
    asA.disableProperty().bind(vm.readingProperty().isNull());
    asB.disableProperty().bind(vm.readingProperty().isNull());
    vm.explorer()
        .drawnEndpointsProperty()
        .addListener(
            // A lesson scene may make the drawing an endpoint too: say so the same way.
            (obs, was, now) -> used.setText(usedText()));
    javafx.scene.layout.FlowPane endpoints = new javafx.scene.layout.FlowPane(8, 8, asA, asB);
    Label message = new Label();
    message.setId("drawing-message");
    message.setWrapText(true);
    message.setMaxWidth(DrawingViewModel.PAD);
    message.textProperty().bind(vm.messageProperty());
    Label hint = new Label("Drag with the mouse or a pen; drop an image file on the pad.");
    hint.setWrapText(true);
    hint.setMaxWidth(DrawingViewModel.PAD);
    VBox card =
        new VBox(10, title, new StackPane(pad), brushRow, buttons, endpoints, used, message, hint);
    card.getStyleClass().add("card");
    card.setMinWidth(DrawingViewModel.PAD + 24);
    return card;
  }

  /** Which endpoints the drawing is, and what to do next ("" when it is neither). */
  private String usedText() {
    boolean a = vm.explorer().isDrawn(false);
    boolean b = vm.explorer().isDrawn(true);
    if (a && b) {
      return "The drawing is A and B.";
    }
    if (!a && !b) {
      return "";
    }
    boolean otherSet =
        b
            ? vm.explorer().firstSelectedProperty().get() >= 0
            : vm.explorer().secondSelectedProperty().get() >= 0;
    return "The drawing is "
        + (b ? "B" : "A")
        + (otherSet
            ? ": the Latent space tab walks between A and B."
            : ": choose "
                + (b ? "A (click a dot)" : "B (Shift-click a dot)")
                + " to walk between them.");
  }

  private VBox readingCard() {
    Label title = new Label("What the models make of it");
    title.getStyleClass().add("card-subtitle");
    HBox images =
        new HBox(
            12,
            captioned("Input (28 × 28)", input),
            captioned("AE reconstruction", aeImage),
            captioned("VAE reconstruction of \u03bc", vaeImage));
    guess.setId("drawing-guess");
    elbo.setId("drawing-elbo");
    codes.setId("drawing-codes");
    for (Label l : new Label[] {guess, elbo, codes}) {
      l.setWrapText(true);
      l.setMaxWidth(3 * TILE + 24);
    }
    VBox card = new VBox(12, title, images, guess, elbo, codes);
    card.getStyleClass().add("card");
    return card;
  }

  private static VBox captioned(String caption, ImageView view) {
    VBox box = new VBox(4, view, new Label(caption));
    box.setAlignment(Pos.TOP_CENTER);
    return box;
  }

  private static VBox planeCard(String caption, PlaneCanvas plane) {
    Label title = new Label(caption);
    title.getStyleClass().add("card-subtitle");
    plane.setPrefSize(420, 330);
    VBox.setVgrow(plane, Priority.ALWAYS);
    VBox card = new VBox(6, title, plane);
    card.getStyleClass().add("card");
    VBox.setVgrow(card, Priority.ALWAYS);
    return card;
  }

  private void show(Reading r) {
    if (r == null) {
      for (ImageView v : new ImageView[] {input, aeImage, vaeImage}) {
        v.setImage(null);
      }
      guess.setText(" ");
      elbo.setText(" ");
      codes.setText(" ");
      return;
    }
    int side = MnistPreprocess.SIZE;
    input.setImage(PixelImages.crisp(r.input(), side, side, TILE));
    aeImage.setImage(PixelImages.crisp(r.aeReconstruction(), side, side, TILE));
    vaeImage.setImage(PixelImages.crisp(r.vaeReconstruction(), side, side, TILE));
    guess.setText(
        r.guess() == null
            ? "No classifier for this data, so no guess."
            : String.format(
                Locale.ROOT,
                "Classifier's guess: %s (%.0f%% sure)",
                r.guess().label(),
                100 * r.guess().confidence()));
    elbo.setText(elboText(r.aeTerms(), r.vaeTerms()));
    codes.setText(
        "AE  z = "
            + vector(r.aeCode())
            + "\nVAE \u03bc = "
            + vector(r.vae().mu())
            + ",  \u03c3 = "
            + vector(r.vae().sigma()));
  }

  static String elboText(ElboTerms ae, ElboTerms vae) {
    return String.format(
        Locale.ROOT,
        "AE:  reconstruction %.1f nats (no KL: a code has no posterior)%n"
            + "VAE: reconstruction %.1f + KL %.1f = \u2212ELBO %.1f nats",
        ae.reconstruction(),
        vae.reconstruction(),
        vae.kl(),
        vae.negElbo());
  }

  private static String vector(float[] v) {
    StringBuilder b = new StringBuilder("(");
    int shown = Math.min(v.length, 6);
    for (int i = 0; i < shown; i++) {
      b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", v[i]));
    }
    return b.append(v.length > shown ? ", \u2026)" : ")").toString();
  }

  /** The autoencoder's plane on this tab. */
  PlaneCanvas autoencoderPlane() {
    return aePlane;
  }

  /** The VAE's plane on this tab. */
  PlaneCanvas vaePlane() {
    return vaePlane;
  }

  /** The state behind the tab. */
  DrawingViewModel viewModel() {
    return vm;
  }
}
