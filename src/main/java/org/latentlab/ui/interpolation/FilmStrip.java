package org.latentlab.ui.interpolation;

import java.util.List;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.latentlab.ui.fx.PixelImages;

/**
 * A row of decoded frames, enlarged with crisp pixels. Without frames it shows empty slots of the
 * same size, so the layout does not jump when a path is chosen.
 */
public final class FilmStrip extends HBox {
  private static final double MAX_WIDTH = 720;

  FilmStrip(String id) {
    super(3);
    setId(id);
    getStyleClass().add("film-strip");
  }

  /** Shows {@code frames}, or {@code slots} empty slots for null. */
  void show(List<float[]> frames, int rows, int cols, int slots) {
    getChildren().clear();
    int n = frames == null ? slots : frames.size();
    // A whole multiple of the image size, so every pixel becomes an equal square.
    int side = frames == null ? 28 : Math.max(rows, cols);
    double size = side * Math.max(1, Math.floor(Math.min(56, MAX_WIDTH / n - 3) / side));
    for (int i = 0; i < n; i++) {
      if (frames == null) {
        Region empty = new Region();
        empty.getStyleClass().add("empty-frame");
        empty.setMinSize(size, size);
        empty.setPrefSize(size, size);
        empty.setMaxSize(size, size);
        getChildren().add(empty);
      } else {
        ImageView view = PixelImages.crispView(size);
        view.setImage(PixelImages.crisp(frames.get(i), rows, cols, size));
        getChildren().add(view);
      }
    }
  }

  /** The number of decoded frames shown (0 while empty). */
  public int frames() {
    return (int) getChildren().stream().filter(ImageView.class::isInstance).count();
  }
}
