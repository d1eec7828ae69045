package org.latentlab.ui.posterior;

import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import org.latentlab.ui.fx.PixelImages;

/**
 * Decoded images in a square-ish grid of crisp tiles; without images, the same number of empty
 * slots, so the layout does not jump when samples arrive.
 */
final class TileGrid extends TilePane {
  private static final double GAP = 3;
  private final double maxSide;
  private final int maxRows;

  /** A grid at most {@code maxSide} pixels wide, as square as {@code maxRows} rows allow. */
  TileGrid(String id, double maxSide, int maxRows) {
    super(GAP, GAP);
    this.maxSide = maxSide;
    this.maxRows = maxRows;
    setId(id);
    getStyleClass().add("tile-grid");
  }

  /** Shows {@code images}, or {@code slots} empty slots for null. */
  void show(float[][] images, int rows, int cols, int slots) {
    getChildren().clear();
    int n = images == null ? slots : images.length;
    int columns = Math.max(1, Math.max((int) Math.ceil(Math.sqrt(n)), (n + maxRows - 1) / maxRows));
    setPrefColumns(columns);
    // Whole multiples of the image size, so every pixel stays a crisp square.
    int side = Math.max(rows, cols);
    double tile = side * Math.max(1, Math.floor((maxSide / columns - GAP) / side));
    for (int i = 0; i < n; i++) {
      if (images == null) {
        Region empty = new Region();
        empty.getStyleClass().add("empty-frame");
        empty.setMinSize(tile, tile);
        empty.setPrefSize(tile, tile);
        empty.setMaxSize(tile, tile);
        getChildren().add(empty);
      } else {
        ImageView view = PixelImages.crispView(tile);
        view.setImage(PixelImages.crisp(images[i], rows, cols, tile));
        getChildren().add(view);
      }
    }
  }

  /** The number of decoded images shown (0 while empty). */
  int images() {
    return (int) getChildren().stream().filter(ImageView.class::isInstance).count();
  }
}
