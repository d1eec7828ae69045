package org.latentlab.ui.posterior;

import java.util.Locale;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.latentlab.ui.fx.PixelImages;
import org.latentlab.ui.plane.DecodedImage;
import org.latentlab.ui.plane.PlaneOverlays;

/**
 * The selected image through both encoders: the input, the AE's reconstruction from its single
 * code, the VAE's decode of μ or of a sample, and K samples z = μ + σ ⊙ ε decoded as a fan.
 */
final class PosteriorView extends VBox {
  private static final double CELL = 84;
  private static final double FAN_WIDTH = 240;
  // Wide enough for the longest caption ("decoded at z = μ + σ⊙ε"), so switching the decode mode
  // changes only the words, never where the thumbnails sit.
  private static final double CELL_WIDTH = 150;

  private final ObjectProperty<Integer> countObject; // bidirectional bindings hold it weakly
  private final ImageView input = PixelImages.crispView(CELL);
  private final ImageView aeDecoded = PixelImages.crispView(CELL);
  private final ImageView vaeDecoded = PixelImages.crispView(CELL);
  private final Label inputCaption = new Label("click a dot");
  private final Label vaeCaption = new Label(" ");
  private final Label posterior = new Label(" ");
  private final TileGrid fan = new TileGrid("fan", FAN_WIDTH, 4);
  private final Label fanNumbers = new Label(" ");

  private final IntFunction<String> letter;

  /**
   * The posterior card.
   *
   * @param letter "A" or "B" for an image that is an interpolation endpoint, "" otherwise
   */
  PosteriorView(PosteriorViewModel vm, PosteriorZoom zoom, IntFunction<String> letter) {
    this.letter = letter;
    setId("posterior");
    getStyleClass().add("card");
    Label title = new Label("The selected image\u2019s posterior");
    title.getStyleClass().add("card-subtitle");

    ToggleGroup mode = new ToggleGroup();
    RadioButton mu = new RadioButton("decode \u03bc");
    mu.setId("decode-mu");
    RadioButton sample = new RadioButton("decode a sample");
    sample.setId("decode-sample");
    mu.setToggleGroup(mode);
    sample.setToggleGroup(mode);
    mu.setUserData(PosteriorViewModel.DecodeMode.MU);
    sample.setUserData(PosteriorViewModel.DecodeMode.SAMPLE);
    mode.selectToggle(
        vm.decodeModeProperty().get() == PosteriorViewModel.DecodeMode.MU ? mu : sample);
    mode.selectedToggleProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                vm.decodeModeProperty().set((PosteriorViewModel.DecodeMode) now.getUserData());
              }
            });
    vm.decodeModeProperty()
        .addListener(
            (obs, was, now) ->
                mode.selectToggle(now == PosteriorViewModel.DecodeMode.MU ? mu : sample));
    Button again = new Button("New \u03b5");
    again.setId("new-epsilon");
    again.setOnAction(e -> vm.resample());
    HBox toggle = new HBox(10, mu, sample, again);
    toggle.setAlignment(Pos.CENTER_LEFT);

    HBox cells =
        new HBox(
            12,
            cell(input, "Input", inputCaption),
            cell(aeDecoded, "AE (\u03c3 \u2192 0)", new Label("its one code")),
            cell(vaeDecoded, "VAE", vaeCaption));

    Spinner<Integer> k =
        new Spinner<>(1, PosteriorViewModel.MAX_SAMPLES, vm.sampleCountProperty().get());
    k.setId("sample-count");
    k.setPrefWidth(80);
    k.setEditable(true);
    countObject = vm.sampleCountProperty().asObject();
    k.getValueFactory().valueProperty().bindBidirectional(countObject);
    Button draw = new Button("Sample \u03b5");
    draw.setId("sample-epsilon");
    draw.getStyleClass().add("accent");
    draw.setOnAction(e -> vm.sampleEpsilon());
    draw.disableProperty().bind(vm.selectedProperty().isNull());
    Label formula = new Label();
    formula.getStyleClass().add("formula");
    formula
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> formula(vm.magnifyProperty().get()), vm.magnifyProperty()));
    // The σ magnifier: a sharp posterior's samples decode alike; widened, they visibly differ.
    javafx.scene.control.ChoiceBox<Double> magnifier =
        new javafx.scene.control.ChoiceBox<>(
            javafx.collections.FXCollections.observableArrayList(
                PosteriorViewModel.MAGNIFICATIONS));
    magnifier.setId("sigma-magnifier");
    magnifier.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Double m) {
            return m == null ? "" : "\u03c3 \u00d7 " + Math.round(m);
          }

          @Override
          public Double fromString(String text) {
            return null;
          }
        });
    magnifier.setValue(vm.magnifyProperty().get());
    magnifier.setOnAction(
        e -> {
          if (magnifier.getValue() != null) {
            vm.magnifyProperty().set(magnifier.getValue());
          }
        });
    vm.magnifyProperty().addListener((obs, was, now) -> magnifier.setValue(now.doubleValue()));
    javafx.scene.control.Tooltip.install(
        magnifier,
        new javafx.scene.control.Tooltip(
            "Widen \u03c3 for showing only: the fan decodes z = \u03bc + m\u00b7\u03c3 \u2299 \u03b5"));
    HBox sampling = new HBox(10, new Label("K"), k, draw, magnifier);
    sampling.setAlignment(Pos.CENTER_LEFT);
    posterior.getStyleClass().add("coordinates");
    posterior.setId("posterior-numbers");
    posterior.setWrapText(true);
    posterior.setMinHeight(Region.USE_PREF_SIZE);
    fan.setMinWidth(Region.USE_PREF_SIZE);
    Label fanTitle = new Label("Decodes of the K samples");
    fanTitle.getStyleClass().add("cell-title");
    Label zoomTitle = new Label("q(z|x) up close: \u03bc \u00b1 3.5\u03c3");
    zoomTitle.getStyleClass().add("cell-title");
    fanNumbers.setId("fan-numbers");
    fanNumbers.getStyleClass().add("fan-numbers");
    fanNumbers.setMinHeight(Region.USE_PREF_SIZE);
    HBox fanAndZoom = new HBox(14, new VBox(4, fanTitle, fan), new VBox(4, zoomTitle, zoom));
    Label numbersTitle = new Label("Each sample: \u03b5 \u2192 z");
    numbersTitle.getStyleClass().add("cell-title");
    HBox numbersHead = new HBox(10, numbersTitle, formula);
    numbersHead.setAlignment(Pos.BASELINE_LEFT);
    VBox numbers = new VBox(2, numbersHead, fanNumbers);
    getChildren().addAll(title, toggle, cells, posterior, sampling, fanAndZoom, numbers);

    vm.selectedProperty().addListener((obs, was, now) -> showSelected(now));
    vm.decodedProperty().addListener((obs, was, now) -> showDecoded(now, vm));
    vm.fanProperty().addListener((obs, was, now) -> showFan(vm));
    vm.sampleCountProperty().addListener((obs, was, now) -> showFan(vm));
    showSelected(vm.selectedProperty().get());
    showDecoded(vm.decodedProperty().get(), vm);
    showFan(vm);
  }

  private static VBox cell(ImageView view, String name, Label caption) {
    StackPane frame = new StackPane(view);
    frame.getStyleClass().add("pixel-frame");
    frame.setMinSize(CELL + 8, CELL + 8);
    frame.setMaxSize(CELL + 8, CELL + 8);
    Label top = new Label(name);
    top.getStyleClass().add("cell-title");
    caption.getStyleClass().add("caption");
    caption.setWrapText(true);
    caption.setTextAlignment(TextAlignment.CENTER);
    caption.setMaxWidth(CELL_WIDTH);
    VBox cell = new VBox(4, frame, top, caption);
    cell.setAlignment(Pos.TOP_CENTER);
    cell.setMinWidth(CELL_WIDTH);
    cell.setPrefWidth(CELL_WIDTH);
    cell.setMaxWidth(CELL_WIDTH);
    return cell;
  }

  private void showSelected(PosteriorViewModel.Selected s) {
    for (ImageView v : new ImageView[] {input, aeDecoded}) {
      v.getParent().getStyleClass().removeAll("empty-frame");
      if (s == null) {
        v.getParent().getStyleClass().add("empty-frame");
      }
    }
    if (s == null) {
      input.setImage(null);
      aeDecoded.setImage(null);
      vaeDecoded.setImage(null);
      inputCaption.setText("click a dot");
      posterior.setText("Select an image on either plane.");
      return;
    }
    input.setImage(PixelImages.crisp(s.input(), s.rows(), s.cols(), CELL));
    aeDecoded.setImage(PixelImages.crisp(s.aeDecoded(), s.rows(), s.cols(), CELL));
    // Names the endpoint, since "Same input, two models" may show the other one.
    String endpoint = letter.apply(s.index());
    inputCaption.setText(
        (endpoint.isEmpty() ? "" : endpoint + " \u00b7 ")
            + s.className()
            + " \u00b7 #"
            + s.index());
    posterior.setText(s.variational() ? describe(s) : "The right-hand model has no \u03c3.");
  }

  private static String describe(PosteriorViewModel.Selected s) {
    float[] mu = s.posterior().mu();
    float[] sigma = s.posterior().sigma();
    int shown = Math.min(mu.length, 4);
    StringBuilder m = new StringBuilder("\u03bc = (");
    StringBuilder g = new StringBuilder("\u03c3 = (");
    for (int i = 0; i < shown; i++) {
      String sep = i == 0 ? "" : ", ";
      m.append(sep).append(String.format(Locale.ROOT, "%.2f", mu[i]));
      g.append(sep).append(String.format(Locale.ROOT, "%.3f", sigma[i]));
    }
    String more = mu.length > shown ? ", \u2026)" : ")";
    return PlaneOverlays.minus(m + more + "\n" + g + more);
  }

  private void showDecoded(DecodedImage d, PosteriorViewModel vm) {
    vaeDecoded.getParent().getStyleClass().removeAll("empty-frame");
    if (d == null) {
      vaeDecoded.getParent().getStyleClass().add("empty-frame");
    }
    vaeDecoded.setImage(d == null ? null : PixelImages.crisp(d.pixels(), d.rows(), d.cols(), CELL));
    vaeCaption.setText(
        d == null
            ? " "
            : vm.decodeModeProperty().get() == PosteriorViewModel.DecodeMode.MU
                ? "decoded at \u03bc"
                : "decoded at z = \u03bc + \u03c3\u2299\u03b5");
  }

  private void showFan(PosteriorViewModel vm) {
    PosteriorViewModel.Fan f = vm.fanProperty().get();
    if (f == null) {
      fan.show(null, 28, 28, vm.sampleCountProperty().get());
    } else {
      fan.show(f.images(), f.rows(), f.cols(), f.images().length);
    }
    fanNumbers.setText(numbers(f));
  }

  /** The most samples whose ε and z are listed, in two columns; the rest are counted. */
  static final int LISTED = 16;

  /**
   * Each sample's ε and z in the fan's order (left to right, top to bottom), in two columns: " 1
   * (−0.52, 1.21) → ( 0.31, −1.70)". Codes of more than two dimensions show the first two.
   */
  static String numbers(PosteriorViewModel.Fan f) {
    if (f == null || f.epsilons() == null) {
      return "Sample \u03b5 to see each sample\u2019s \u03b5 and z.";
    }
    int n = Math.min(LISTED, f.codes().length);
    int rows = (n + 1) / 2;
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows; r++) {
      out.append(line(f, r));
      if (r + rows < n) {
        out.append("   ").append(line(f, r + rows));
      }
      out.append('\n');
    }
    if (f.codes().length > n) {
      out.append(String.format(Locale.ROOT, "\u2026 and %d more", f.codes().length - n));
    }
    return PlaneOverlays.minus(out.toString().stripTrailing());
  }

  private static String line(PosteriorViewModel.Fan f, int i) {
    return String.format(
        Locale.ROOT, "%2d %s \u2192 %s", i + 1, pair(f.epsilons()[i]), pair(f.codes()[i]));
  }

  private static String pair(float[] v) {
    String more = v.length > 2 ? ",\u2026" : "";
    return v.length == 1
        ? String.format(Locale.ROOT, "(%5.2f)", v[0])
        : String.format(Locale.ROOT, "(%5.2f,%5.2f%s)", v[0], v[1], more);
  }

  private static String formula(double magnify) {
    return magnify == 1
        ? "z = \u03bc + \u03c3 \u2299 \u03b5,  \u03b5 ~ N(0, I)"
        : "z = \u03bc + "
            + Math.round(magnify)
            + "\u03c3 \u2299 \u03b5 (\u03c3 magnified for showing)";
  }

  /** The ε and z of each sample, as listed beside the fan. */
  Label fanNumbers() {
    return fanNumbers;
  }

  /** The caption under the input: which endpoint, class and image number. */
  Label inputCaption() {
    return inputCaption;
  }

  /** The VAE's decode of μ or of a sample. */
  ImageView vaeDecoded() {
    return vaeDecoded;
  }

  /** The fan of sample decodes. */
  TileGrid fan() {
    return fan;
  }
}
