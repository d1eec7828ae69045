package org.latentlab.ui.explorer;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import org.latentlab.ui.fx.ClassPalette;
import org.latentlab.ui.plane.LabelledImages;

/** The one legend both planes share: a colour swatch and the name of each class, in a row. */
final class LegendView extends HBox {
  private final FlowPane rows = new FlowPane(16, 4);

  LegendView(ExplorerViewModel explorer) {
    super(14);
    setId("legend");
    setAlignment(Pos.CENTER_LEFT);
    Label title = new Label("Classes");
    title.getStyleClass().add("section-title");
    title.setMinWidth(USE_PREF_SIZE);
    rows.setAlignment(Pos.CENTER_LEFT);
    // Wrap at the width the bar gives, not FlowPane's default of 400 px.
    rows.prefWrapLengthProperty().bind(widthProperty().subtract(100));
    getChildren().addAll(title, rows);
    explorer.imagesProperty().addListener((obs, was, now) -> show(now));
    show(explorer.imagesProperty().get());
  }

  private void show(LabelledImages images) {
    rows.getChildren().clear();
    if (images == null) {
      return;
    }
    for (int c = 0; c < images.classNames().size(); c++) {
      Rectangle swatch = new Rectangle(16, 16, ClassPalette.color(c));
      swatch.setArcWidth(4);
      swatch.setArcHeight(4);
      swatch.getStyleClass().add("swatch");
      Label name = new Label(images.classNames().get(c));
      HBox entry = new HBox(6, swatch, name);
      entry.setAlignment(Pos.CENTER_LEFT);
      rows.getChildren().add(entry);
    }
  }
}
