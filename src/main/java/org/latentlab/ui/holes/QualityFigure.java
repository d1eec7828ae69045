package org.latentlab.ui.holes;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.Projection;
import org.latentlab.latent.quality.ExamplePath;
import org.latentlab.latent.quality.QualityReport;
import org.latentlab.ui.fx.PixelImages;
import org.latentlab.ui.fx.Theme;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneRenderer;
import org.latentlab.ui.plane.PlaneScene;

/**
 * The latent-quality figure: both planes side by side with their hole maps, the codes, one
 * interpolation path each, the scores, and that path's decodes with the classifier's labels. Drawn
 * off-screen on the FX thread ({@link #render}).
 */
public final class QualityFigure {
  /** Figure width in pixels. */
  public static final int WIDTH = 1600;

  /** Figure height in pixels. */
  public static final int HEIGHT = 1330;

  private static final double HEADER = 78;
  private static final double PLANE = 760;
  private static final double HALF = WIDTH / 2.0;
  private static final Font SMALL = Font.font("System", 12);
  private static final Font BODY = Font.font("System", 15);
  private static final Font BOLD = Font.font("System", FontWeight.BOLD, 15);

  private QualityFigure() {}

  /**
   * One model's half of the figure.
   *
   * @param heading "Autoencoder · MNIST AE"
   * @param data the evaluation images' codes laid out on the plane (the report's projection)
   * @param report the scores, hole map and example path
   * @param classNames the classifier's class names, for the path's labels
   */
  public record Side(
      String heading, PlaneData data, QualityReport report, List<String> classNames) {}

  /** Draws the figure (FX thread). */
  public static WritableImage render(String title, String subtitle, Side left, Side right) {
    Canvas canvas = new Canvas(WIDTH, HEIGHT);
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.setFill(Theme.PAGE);
    gc.fillRect(0, 0, WIDTH, HEIGHT);
    gc.setFill(Theme.INK);
    gc.setFont(Theme.TITLE_FONT);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    gc.fillText(title, 24, 16);
    gc.setFill(Theme.MUTED);
    gc.setFont(BODY);
    gc.fillText(subtitle, 24, 46);
    side(gc, left, 0);
    side(gc, right, HALF);
    legend(gc, HEIGHT - 48);
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Theme.PAGE);
    return canvas.snapshot(params, null);
  }

  private static void side(GraphicsContext gc, Side s, double x0) {
    QualityReport r = s.report();
    ExamplePath ex = r.example();
    Projection p = r.projection();
    double[][] path = new double[ex.codes().length][];
    Bounds view = r.holeMap().area();
    for (int i = 0; i < path.length; i++) {
      path[i] = new double[] {p.x(ex.codes()[i]), p.y(ex.codes()[i])};
      view = view.union(Bounds.around(path[i][0], path[i][1], 1e-9, 1e-9));
    }
    view = view.padded(0.04).fitAspect(1);
    boolean rings = r.variational() && s.data().latentDim() == 2;
    PlaneScene scene =
        new PlaneScene(s.heading(), s.data(), view, null, -1, ex.from(), ex.to(), path, rings);
    gc.save();
    gc.translate(x0, HEADER);
    new PlaneRenderer()
        .draw(gc, scene, HALF, PLANE, HoleMapLayer.of(r.holeMap(), false, HoleJudge.CONFIDENCE));
    gc.restore();
    double left = x0 + 64;
    double y = HEADER + PLANE + 8;
    for (QualityText.Item item : QualityText.items(r.scores())) {
      gc.setTextBaseline(VPos.TOP);
      gc.setTextAlign(TextAlignment.LEFT);
      gc.setFont(BOLD);
      gc.setFill(Theme.INK);
      gc.fillText(item.name(), left, y);
      gc.setFill(Theme.INK);
      gc.fillText(item.value(), left + 150, y);
      gc.setFont(SMALL);
      gc.setFill(Theme.MUTED);
      gc.fillText(item.meaning(), left + 250, y + 2, HALF - 64 - 250 - 12);
      y += 22;
    }
    strip(gc, s, left, y + 12);
  }

  /** The example path's decodes, each under its label and over its confidence. */
  private static void strip(GraphicsContext gc, Side s, double left, double top) {
    ExamplePath ex = s.report().example();
    int n = ex.images().length;
    double tile = Math.min(40, (HALF - 100) / n - 2);
    gc.setFont(SMALL);
    gc.setFill(Theme.MUTED);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    gc.fillText(
        "Path A \u2192 B in "
            + (n - 1)
            + " equal latent steps (white line above):"
            + " decodes, the classifier's label and confidence",
        left,
        top);
    double y = top + 34;
    int rows = s.data().model().info().rows();
    int cols = s.data().model().info().cols();
    for (int i = 0; i < n; i++) {
      double x = left + i * (tile + 2);
      gc.drawImage(PixelImages.grey(ex.images()[i], rows, cols, 2), x, y, tile, tile);
      boolean hole = ex.confidence()[i] < HoleShading.HOLE_BELOW;
      gc.setTextAlign(TextAlignment.CENTER);
      gc.setFill(hole ? HoleShading.HOLE : Theme.INK);
      gc.fillText(shortName(s.classNames(), ex.labels()[i]), x + tile / 2, y - 16);
      gc.setFill(hole ? HoleShading.HOLE : Theme.MUTED);
      gc.fillText(
          String.format(java.util.Locale.ROOT, "%.0f", 100 * ex.confidence()[i]),
          x + tile / 2,
          y + tile + 2);
      if (hole) {
        gc.setStroke(HoleShading.HOLE);
        gc.setLineWidth(2);
        gc.strokeRect(x - 1, y - 1, tile + 2, tile + 2);
      }
    }
  }

  private static String shortName(List<String> names, int label) {
    String name = label < names.size() ? names.get(label) : Integer.toString(label);
    return name.length() <= 5 ? name : name.substring(0, 4) + "\u2026";
  }

  /** What the shading means: a bar from confidence 0 to 1. */
  private static void legend(GraphicsContext gc, double top) {
    double left = 64;
    double width = 320;
    for (int i = 0; i < width; i++) {
      double c = i / (width - 1);
      gc.setFill(Theme.PLOT);
      gc.fillRect(left + i, top, 1, 16);
      gc.setFill(HoleShading.HOLE.deriveColor(0, 1, 1, HoleShading.veil(c)));
      gc.fillRect(left + i, top, 1, 16);
    }
    gc.setStroke(Theme.INK);
    gc.setLineWidth(1);
    gc.strokeRect(left - 0.5, top - 0.5, width + 1, 17);
    gc.setFill(Theme.INK);
    gc.setFont(SMALL);
    gc.setTextBaseline(VPos.TOP);
    gc.setTextAlign(TextAlignment.CENTER);
    for (double c : new double[] {0, 0.5, 0.9, 1}) {
      gc.fillText(
          String.format(java.util.Locale.ROOT, "%.1f", c), left + c * (width - 1), top + 20);
    }
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText(
        "Hole map: every cell shaded by the classifier's confidence in the image decoded at"
            + " its centre (below 0.5: a hole).",
        left + width + 20,
        top);
    gc.fillText(
        "Points: the codes of the evaluation images, coloured by their true class. A, B: the"
            + " example path's ends.",
        left + width + 20,
        top + 18);
  }
}
