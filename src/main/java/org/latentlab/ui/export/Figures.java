package org.latentlab.ui.export;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.latentlab.latent.Bounds;
import org.latentlab.ui.fx.PixelImages;
import org.latentlab.ui.fx.Theme;
import org.latentlab.ui.plane.PlaneRenderer;
import org.latentlab.ui.plane.PlaneScene;

/** Draws an {@link Animation}'s frames into images, and the pieces every frame figure shares. */
public final class Figures {
  static final Font TITLE = Font.font("System", FontWeight.BOLD, 18);
  static final Font TEXT = Font.font("System", 13);
  static final Font LABEL = Font.font("System", FontWeight.BOLD, 13);

  private Figures() {}

  /** The frame size in pixels for a figure drawn {@code width} pixels wide (0: its own width). */
  static double scaleFor(Animation a, int width) {
    return width <= 0 ? 1 : width / a.width();
  }

  /**
   * Frame {@code frame} as an RGB image {@code width} pixels wide (0: the figure's own width), the
   * height following the figure's shape (call on the FX thread).
   */
  public static BufferedImage frame(Animation a, int frame, int width) {
    double s = scaleFor(a, width);
    int w = (int) Math.round(a.width() * s);
    int h = (int) Math.round(a.height() * s);
    Canvas canvas = new Canvas(w, h);
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.setFill(Theme.PAGE);
    gc.fillRect(0, 0, w, h);
    gc.save();
    gc.scale(s, s);
    gc.setImageSmoothing(false);
    a.draw(gc, frame, s);
    gc.restore();
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Theme.PAGE);
    WritableImage snap = canvas.snapshot(params, null);
    BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = rgb.createGraphics();
    g.drawImage(SwingFXUtils.fromFXImage(snap, null), 0, 0, null);
    g.dispose();
    return rgb;
  }

  /**
   * Why {@code a} cannot be drawn at {@code width} (0: its own): too many pixels to hold, or null.
   */
  public static String sizeProblem(Animation a, int width) {
    double s = scaleFor(a, width);
    return org.latentlab.export.AnimatedGif.sizeProblem(
        a.frames(), (int) Math.round(a.width() * s), (int) Math.round(a.height() * s));
  }

  /** Every frame, in order (call on the FX thread). */
  public static List<BufferedImage> frames(Animation a, int width) {
    List<BufferedImage> out = new ArrayList<>(a.frames());
    for (int i = 0; i < a.frames(); i++) {
      out.add(frame(a, i, width));
    }
    return out;
  }

  /** A title and a muted line under it, at the top left. */
  static void heading(GraphicsContext gc, String title, String subtitle, double x) {
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    gc.setFill(Theme.INK);
    gc.setFont(TITLE);
    gc.fillText(title, x, 12);
    gc.setFill(Theme.MUTED);
    gc.setFont(TEXT);
    gc.fillText(subtitle, x, 38);
  }

  /** A label centred over or under something at {@code cx}. */
  static void centred(GraphicsContext gc, String text, double cx, double y, Font font) {
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.TOP);
    gc.setFill(Theme.INK);
    gc.setFont(font);
    gc.fillText(text, cx, y);
  }

  /**
   * A decoded image in the square {@code (x, y, side)}: enlarged by a whole factor at the frame's
   * pixel size, so every image pixel is a crisp square, and centred in the square.
   */
  static void digit(
      GraphicsContext gc,
      float[] pixels,
      int rows,
      int cols,
      double x,
      double y,
      double side,
      double scale) {
    int k = (int) Math.max(1, Math.floor(side * scale / Math.max(rows, cols)));
    WritableImage img = PixelImages.grey(pixels, rows, cols, k);
    double w = img.getWidth() / scale;
    double h = img.getHeight() / scale;
    gc.drawImage(img, x + (side - w) / 2, y + (side - h) / 2, w, h);
    gc.setStroke(Theme.MUTED);
    gc.setLineWidth(1);
    gc.strokeRect(x + (side - w) / 2 - 0.5, y + (side - h) / 2 - 0.5, w + 1, h + 1);
  }

  /** A latent plane drawn at the frame's pixel size into the square {@code (x, y, side)}. */
  static void plane(
      GraphicsContext gc, PlaneScene scene, double x, double y, double side, double scale) {
    int px = (int) Math.round(side * scale);
    WritableImage img = PlaneRenderer.render(scene, px, px);
    gc.drawImage(img, x, y, side, side);
  }

  /** A track from {@code x0} to {@code x1} with a dot at fraction {@code t}: where the frame is. */
  static void progress(GraphicsContext gc, double x0, double x1, double y, double t) {
    gc.setStroke(Theme.MUTED);
    gc.setLineWidth(2);
    gc.strokeLine(x0, y, x1, y);
    double x = x0 + t * (x1 - x0);
    gc.setFill(Theme.INK);
    gc.fillOval(x - 6, y - 6, 12, 12);
  }

  /** {@code view} widened or heightened to a square about its centre. */
  static Bounds square(Bounds view) {
    return view.fitAspect(1);
  }

  /** "a 0", "an 8", "a T-shirt/top": a class name with its article, as the captions say it. */
  static String article(String className) {
    String lower = className.toLowerCase(java.util.Locale.ROOT);
    boolean vowel = !lower.isEmpty() && ("aeio".indexOf(lower.charAt(0)) >= 0 || lower.equals("8"));
    return (vowel ? "an " : "a ") + className;
  }

  /** {@code n} indices spread evenly over {@code 0 … count − 1}, first and last included. */
  static int[] spread(int count, int n) {
    int m = Math.max(1, Math.min(count, n));
    int[] at = new int[m];
    for (int k = 0; k < m; k++) {
      at[k] = m == 1 ? count - 1 : (int) Math.round(k * (count - 1) / (double) (m - 1));
    }
    return at;
  }
}
