package org.latentlab.ui.plane;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.latentlab.ui.fx.LayoutBoundary;
import org.latentlab.ui.fx.SteadyLabel;

/**
 * One slider per latent dimension, bound both ways to the plane's cursor. Two columns of sliders
 * when there are more than two dimensions, scrolling beyond four rows.
 */
public final class SliderPanel extends ScrollPane {
  private static final double ROW_HEIGHT = 34;
  private final PlaneViewModel plane;
  private final String id;
  private final GridPane grid = new GridPane();

  public SliderPanel(PlaneViewModel plane, String id) {
    this.plane = plane;
    this.id = id;
    getStyleClass().add("slider-panel");
    setContent(grid);
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    grid.setHgap(10);
    grid.setVgap(2);
    plane.dimensions().addListener((ListChangeListener<LatentDimension>) c -> rebuild());
    rebuild();
  }

  private void rebuild() {
    grid.getChildren().clear();
    grid.getColumnConstraints().clear();
    int n = plane.dimensions().size();
    int columns = n > 2 ? 2 : 1;
    for (int c = 0; c < columns; c++) {
      ColumnConstraints name = new ColumnConstraints();
      ColumnConstraints slider = new ColumnConstraints();
      slider.setHgrow(Priority.ALWAYS);
      ColumnConstraints value = new ColumnConstraints(64);
      grid.getColumnConstraints().addAll(name, slider, value);
    }
    for (int i = 0; i < n; i++) {
      addRow(plane.dimensions().get(i), i, (i % columns) * 3, i / columns);
    }
    int rows = (n + columns - 1) / columns;
    double height = Math.min(4, Math.max(1, rows)) * ROW_HEIGHT + 4;
    setPrefViewportHeight(height);
    setMinViewportHeight(height);
    setVbarPolicy(rows > 4 ? ScrollBarPolicy.AS_NEEDED : ScrollBarPolicy.NEVER);
  }

  private void addRow(LatentDimension dim, int index, int column, int row) {
    Label name = new Label(subscript(dim.name()));
    name.getStyleClass().add("slider-name");
    Slider slider = new Slider();
    slider.setId(id + "-slider-" + index);
    // Range first, so binding the value never clamps the cursor.
    slider.minProperty().bind(dim.minProperty());
    slider.maxProperty().bind(dim.maxProperty());
    slider.valueProperty().bindBidirectional(dim.valueProperty());
    SteadyLabel value = new SteadyLabel("\u221200.00", Pos.CENTER_RIGHT);
    value.label().getStyleClass().add("slider-value");
    value
        .textProperty()
        .bind(
            dim.valueProperty()
                .map(
                    v -> PlaneOverlays.minus(String.format(Locale.ROOT, "%.2f", v.doubleValue()))));
    grid.add(name, column, row);
    // The thumb moves with every drag event; its layout stays inside the slider's cell.
    grid.add(new LayoutBoundary(slider), column + 1, row);
    grid.add(value, column + 2, row);
  }

  /** "z12" → "z₁₂". */
  private static String subscript(String name) {
    StringBuilder sb = new StringBuilder();
    for (char ch : name.toCharArray()) {
      sb.append(Character.isDigit(ch) ? (char) ('\u2080' + (ch - '0')) : ch);
    }
    return sb.toString();
  }
}
