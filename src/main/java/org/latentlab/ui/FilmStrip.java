package org.latentlab.ui;

import java.util.List;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;

/** A row of decoded frames, enlarged with crisp pixels. */
final class FilmStrip extends HBox {
  private static final double MAX_WIDTH = 720;

  FilmStrip(String id) {
    super(3);
    setId(id);
    getStyleClass().add("film-strip");
  }

  /** Shows {@code frames}, or nothing for null. */
  void show(List<float[]> frames, int rows, int cols) {
    getChildren().clear();
    if (frames == null) {
      return;
    }
    double size = Math.max(28, Math.min(64, Math.floor(MAX_WIDTH / frames.size()) - 3));
    for (float[] frame : frames) {
      ImageView view = PixelImages.crispView(size);
      view.setImage(PixelImages.grey(frame, rows, cols));
      getChildren().add(view);
    }
  }

  /** The number of frames shown. */
  int frames() {
    return getChildren().size();
  }
}
