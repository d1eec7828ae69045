package org.latentlab.ui.kinds;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.latent.kinds.HiddenActivity;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.Dialogs;
import org.latentlab.ui.fx.PixelImages;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.LabelledImages;

/**
 * The "Other autoencoders" tab: the lecture's denoising autoencoder (a noise slider; the noisy
 * input, the DAE's output and the plain AE's output of the same noisy image, live) and its sparse
 * autoencoder (the hidden activations of the selected image as a strip, with the fraction of active
 * units, beside the plain AE's).
 */
public final class OtherAutoencodersView extends VBox {
  /** The tab's id, for {@code ExplorerView.selectTab} and lesson scenes. */
  public static final String TAB_ID = "kinds-tab";

  private static final double TILE = 168;
  private static final int ROWS = 28;
  private final OtherAutoencodersViewModel vm;
  private final ImageView clean = PixelImages.crispView(TILE);
  private final ImageView noisy = PixelImages.crispView(TILE);
  private final ImageView denoised = PixelImages.crispView(TILE);
  private final ImageView plain = PixelImages.crispView(TILE);
  private final Label daeError = new Label();
  private final Label aeError = new Label();
  private final ActivationStrip sparseStrip = new ActivationStrip("sae-strip");
  private final ActivationStrip plainStrip = new ActivationStrip("ae-strip");
  private final Label sparseText = new Label();
  private final Label plainText = new Label();
  private final PngExport export;

  /**
   * The tab, built the first time it is shown; it opens the bundled MNIST AE, DAE and SAE then and
   * shows the explorer's selected image (A), or its first image while none is selected.
   */
  public static Tab tab(ExplorerViewModel explorer, UiThreads threads, Dialogs dialogs) {
    return tab(explorer, threads, dialogs, KindModels::openBundled);
  }

  /** The tab over models from {@code source}. */
  public static Tab tab(
      ExplorerViewModel explorer, UiThreads threads, Dialogs dialogs, KindModels.Source source) {
    Tab tab = new Tab("Other autoencoders");
    tab.setId(TAB_ID);
    tab.selectedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now && tab.getContent() == null) {
                OtherAutoencodersViewModel vm = new OtherAutoencodersViewModel(threads, source);
                follow(explorer, vm);
                tab.setContent(new OtherAutoencodersView(vm, new PngExport(dialogs, threads)));
                vm.load();
              }
            });
    return tab;
  }

  /** Keeps the view model's image on the explorer's selection A. */
  private static void follow(ExplorerViewModel explorer, OtherAutoencodersViewModel vm) {
    Runnable pick =
        () -> {
          LabelledImages images = explorer.imagesProperty().get();
          int i = explorer.firstSelectedProperty().get();
          if (images != null && images.count() > 0) {
            vm.imageProperty().set(images.image(i >= 0 && i < images.count() ? i : 0));
          }
        };
    explorer.firstSelectedProperty().addListener((o, was, now) -> pick.run());
    explorer.imagesProperty().addListener((o, was, now) -> pick.run());
    pick.run();
  }

  /** The tab's content around a view model, without Save PNG buttons. */
  public OtherAutoencodersView(OtherAutoencodersViewModel vm) {
    this(vm, null);
  }

  /**
   * The tab's content around a view model.
   *
   * @param export saves each card as a PNG, or null for no such buttons
   */
  public OtherAutoencodersView(OtherAutoencodersViewModel vm, PngExport export) {
    super(16);
    this.vm = vm;
    this.export = export;
    setId("other-autoencoders");
    getStyleClass().add("tab-body");
    Label status = new Label();
    status.setId("kinds-status");
    status.textProperty().bind(vm.statusProperty());
    getChildren().addAll(denoisingCard(), sparseCard(), status);
    vm.imageProperty().addListener((o, was, now) -> showClean(now));
    vm.denoisedProperty().addListener((o, was, now) -> show(now));
    vm.codesProperty().addListener((o, was, now) -> show(now));
    showClean(vm.imageProperty().get());
    sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene != null && scene.getWindow() != null) {
                scene.getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> vm.close());
              }
            });
  }

  /** The state this view shows (a lesson scene can set the noise through it). */
  public OtherAutoencodersViewModel viewModel() {
    return vm;
  }

  private VBox denoisingCard() {
    Label title = new Label("Denoising autoencoder: trained to give back x from a noisy x\u0303");
    title.getStyleClass().add("card-subtitle");
    ChoiceBox<Corruption.Type> type = new ChoiceBox<>();
    type.setId("kinds-noise-type");
    type.getItems().addAll(Corruption.Type.values());
    type.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Corruption.Type t) {
            return t == null ? "" : t.id();
          }

          @Override
          public Corruption.Type fromString(String s) {
            return Corruption.parse(s + ":0").type();
          }
        });
    type.valueProperty().bindBidirectional(vm.noiseTypeProperty());
    Slider level = new Slider(0, 1, vm.noiseLevelProperty().get());
    level.setId("kinds-noise");
    level.setPrefWidth(320);
    level.setMajorTickUnit(0.25);
    level.setShowTickMarks(true);
    level.setShowTickLabels(true);
    level.valueProperty().bindBidirectional(vm.noiseLevelProperty());
    Label levelText = new Label();
    levelText.setId("kinds-noise-text");
    levelText.setMinWidth(150);
    Runnable say =
        () ->
            levelText.setText(
                String.format(
                    Locale.ROOT,
                    vm.noiseTypeProperty().get() == Corruption.Type.GAUSSIAN
                        ? "\u03c3 = %.2f"
                        : "%.0f%% of pixels",
                    vm.noiseTypeProperty().get() == Corruption.Type.GAUSSIAN
                        ? vm.noiseLevelProperty().get()
                        : 100 * vm.noiseLevelProperty().get()));
    vm.noiseLevelProperty().addListener((o, was, now) -> say.run());
    vm.noiseTypeProperty().addListener((o, was, now) -> say.run());
    say.run();
    Button again = new Button("New noise");
    again.setId("kinds-new-noise");
    again.setOnAction(e -> vm.newNoise());
    HBox controls = new HBox(12, new Label("Noise"), type, level, levelText, again);
    controls.setAlignment(Pos.CENTER_LEFT);
    HBox tiles =
        new HBox(
            18,
            tile("Clean image x", clean, new Label(" ")),
            tile("Noisy input x\u0303", noisy, new Label(" ")),
            tile("\u2192 Denoising AE", denoised, daeError),
            tile("\u2192 Plain AE", plain, aeError));
    Label note =
        new Label(
            "Both read the same noisy image; each output's cross-entropy against the clean image"
                + " is under it. The image is the one selected (A) on the Latent space tab.");
    note.setWrapText(true);
    VBox card = new VBox(12, heading(title, "denoising.png"), controls, tiles, note);
    card.getStyleClass().add("card");
    return card;
  }

  private VBox sparseCard() {
    Label title = new Label("Sparse autoencoder: few hidden units fire for one image");
    title.getStyleClass().add("card-subtitle");
    sparseText.setId("sae-active");
    plainText.setId("ae-active");
    Label note =
        new Label(
            "The 256 activations of the encoder's last hidden layer, one cell each (brighter ="
                + " larger, on one scale for both); a mark under every unit above "
                + HiddenActivity.ACTIVE
                + ".");
    note.setWrapText(true);
    VBox card =
        new VBox(
            10,
            heading(title, "sparse-codes.png"),
            new Label("Sparse AE"),
            sparseStrip,
            sparseText,
            new Label("Plain AE"),
            plainStrip,
            plainText,
            note);
    card.getStyleClass().add("card");
    return card;
  }

  /** A card's title, with a Save PNG button of that card at its right. */
  private HBox heading(Label title, String file) {
    HBox row = new HBox(12, title);
    row.setAlignment(Pos.CENTER_LEFT);
    if (export != null) {
      javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
      HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
      Button save = new Button("Save PNG\u2026");
      save.getStyleClass().add(org.latentlab.ui.fx.Theme.PRESENTER_OPTIONAL);
      save.setOnAction(e -> export.save(this, file, row.getParent()));
      row.getChildren().addAll(gap, save);
    }
    return row;
  }

  private static VBox tile(String caption, ImageView image, Label under) {
    Label title = new Label(caption);
    VBox box = new VBox(6, title, image, under);
    box.setAlignment(Pos.TOP_CENTER);
    return box;
  }

  private void showClean(float[] x) {
    if (x != null) {
      clean.setImage(PixelImages.crisp(x, ROWS, x.length / ROWS, TILE));
    }
  }

  private void show(OtherAutoencodersViewModel.Denoised d) {
    if (d == null) {
      return;
    }
    int cols = d.noisy().length / ROWS;
    noisy.setImage(PixelImages.crisp(d.noisy(), ROWS, cols, TILE));
    denoised.setImage(PixelImages.crisp(d.denoising(), ROWS, cols, TILE));
    plain.setImage(PixelImages.crisp(d.plain(), ROWS, cols, TILE));
    daeError.setText(String.format(Locale.ROOT, "%.1f nats", d.denoisingError()));
    aeError.setText(String.format(Locale.ROOT, "%.1f nats", d.plainError()));
    daeError.setId("kinds-dae-error");
    aeError.setId("kinds-ae-error");
  }

  private void show(OtherAutoencodersViewModel.Codes c) {
    if (c == null) {
      return;
    }
    float full = Math.max(c.sparse().max(), c.plain().max());
    sparseStrip.show(c.sparse(), full);
    plainStrip.show(c.plain(), full);
    sparseText.setText(describe(c.sparse()));
    plainText.setText(describe(c.plain()));
  }

  private static String describe(HiddenActivity a) {
    return String.format(
        Locale.ROOT,
        "%.0f%% of %d units active, mean activation %.3f",
        100 * a.fractionActive(),
        a.activations().length,
        a.mean());
  }
}
