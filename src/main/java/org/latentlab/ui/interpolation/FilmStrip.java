package org.latentlab.ui.interpolation;

import java.util.List;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.latentlab.ui.fx.PixelImages;

/**
 * A row of decoded frames, enlarged with crisp pixels to fill the width the panel gives the strip
 * (up to {@link #MAX_TILE} pixels a frame). Without frames it shows empty slots of the same size,
 * so the layout does not jump when a path is chosen.
 */
public final class FilmStrip extends HBox {
  /** The largest frame: four screen pixels per image pixel of a 28 × 28 digit. */
  static final double MAX_TILE = 112;

  private static final double GAP = 3;
  // The width the strip asks for before it has been given any: 16 frames still get 42 px each.
  private static final double PREFERRED_WIDTH = 720;

  private List<float[]> frames;
  private int rows;
  private int cols;
  private int slots;
  private double shownSize = -1;

  FilmStrip(String id) {
    super(GAP);
    setId(id);
    getStyleClass().add("film-strip");
    // The panel decides the width; the frames follow it, so they must not hold it open.
    setMinWidth(0);
    widthProperty().addListener((obs, was, now) -> rebuildIfResized());
  }

  /** Shows {@code frames}, or {@code slots} empty slots for null. */
  void show(List<float[]> frames, int rows, int cols, int slots) {
    this.frames = frames;
    this.rows = rows;
    this.cols = cols;
    this.slots = slots;
    rebuild(tileSize(getWidth()));
  }

  private int count() {
    return frames == null ? slots : frames.size();
  }

  /**
   * The largest whole-pixel size that lets every frame fit in {@code width}, never below the
   * image's own size. Not only whole multiples of the image size: those leave up to half the strip
   * empty (16 frames in 830 px would get 28 px each); nearest-neighbour scaling keeps the pixels
   * sharp, at most one screen pixel apart in size.
   */
  private double tileSize(double width) {
    int n = Math.max(1, count());
    int side = frames == null ? 28 : Math.max(rows, cols);
    double room = width > 0 ? width - snappedLeftInset() - snappedRightInset() : PREFERRED_WIDTH;
    double perFrame = Math.min(MAX_TILE, (room - GAP * (n - 1)) / n);
    return Math.max(side, Math.floor(perFrame));
  }

  private void rebuildIfResized() {
    double size = tileSize(getWidth());
    if (size != shownSize) {
      rebuild(size);
    }
  }

  private void rebuild(double size) {
    shownSize = size;
    getChildren().clear();
    for (int i = 0; i < count(); i++) {
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

  @Override
  protected double computePrefWidth(double height) {
    int n = Math.max(1, count());
    double size = tileSize(0);
    return snappedLeftInset() + snappedRightInset() + n * size + GAP * (n - 1);
  }

  /** The number of decoded frames shown (0 while empty). */
  public int frames() {
    return (int) getChildren().stream().filter(ImageView.class::isInstance).count();
  }

  /** The side of one frame on screen, in pixels. */
  double tileSize() {
    return shownSize;
  }
}
