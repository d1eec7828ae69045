package org.latentlab.ui.plane;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.PixelImages;

/** The input image under the mouse, enlarged, with its class and index. */
public final class HoverPanel extends VBox {
  private static final double SIZE = 112;
  private final ImageView image = PixelImages.crispView(SIZE);
  private final Label caption = new Label();
  private StackPane frame;

  public HoverPanel(ExplorerViewModel explorer) {
    setId("hover");
    getStyleClass().add("card");
    setAlignment(Pos.TOP_LEFT);
    setMinWidth(USE_PREF_SIZE);
    Label title = new Label("Under the mouse");
    title.getStyleClass().add("card-subtitle");
    frame = new StackPane(image);
    frame.getStyleClass().add("pixel-frame");
    frame.setMinSize(SIZE + 8, SIZE + 8);
    frame.setMaxSize(SIZE + 8, SIZE + 8);
    caption.getStyleClass().add("caption");
    caption.setWrapText(true);
    caption.setMaxWidth(SIZE + 40);
    image.setId("hover-image");
    caption.setId("hover-caption");
    getChildren().addAll(title, frame, caption);
    explorer.hoveredProperty().addListener((obs, was, now) -> show(explorer, now.intValue()));
    show(explorer, -1);
  }

  private void show(ExplorerViewModel explorer, int index) {
    LabelledImages images = explorer.imagesProperty().get();
    if (images == null || index < 0 || index >= images.count()) {
      image.setImage(null);
      if (!frame.getStyleClass().contains("empty-frame")) {
        frame.getStyleClass().add("empty-frame");
      }
      caption.setText("Point at a dot");
      return;
    }
    frame.getStyleClass().removeAll("empty-frame");
    image.setImage(PixelImages.crisp(images.image(index), images.rows(), images.cols(), SIZE));
    caption.setText(images.classNames().get(images.label(index)) + "  \u00b7  image #" + index);
  }
}
