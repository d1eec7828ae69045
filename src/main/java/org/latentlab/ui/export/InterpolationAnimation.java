package org.latentlab.ui.export;

import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.Interpolation;
import org.latentlab.latent.Projection;
import org.latentlab.ui.plane.LabelledImages;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneScene;

/**
 * The interpolation from A to B playing in both models: per frame each plane with the path and the
 * cursor at that step, and under it the image the decoder makes there. The AE walks a straight
 * line; the VAE a straight or a spherical one, as the explorer's strip does.
 */
public final class InterpolationAnimation implements Animation {
  private static final double W = 620;
  private static final double H = 590;
  private static final double PLANE = 280;
  private static final double DIGIT = 168;
  private static final int DRAWN_PATH_POINTS = 65;

  private final Side ae;
  private final Side vae;
  private final String subtitle;
  private final int rows;
  private final int cols;
  private final int from;
  private final int to;

  /** One model's column: its plane, path and the decodes along it. */
  private record Side(
      String title,
      PlaneData data,
      Bounds view,
      double[][] path,
      float[][] codes,
      float[][] decoded) {}

  private InterpolationAnimation(
      Side ae, Side vae, String subtitle, int rows, int cols, int from, int to) {
    this.ae = ae;
    this.vae = vae;
    this.subtitle = subtitle;
    this.rows = rows;
    this.cols = cols;
    this.from = from;
    this.to = to;
  }

  /**
   * Decodes {@code frames} points along both paths (slow: call off the FX thread).
   *
   * @param ae the left plane's codes and model (straight path)
   * @param aeView the area the AE plane shows
   * @param vae the right plane's codes and model (the VAE path: straight or spherical)
   * @param vaeView the area the VAE plane shows
   * @param images the plotted images (for the endpoints' classes)
   * @param from image A
   * @param to image B
   * @param vaeMode the VAE's path: straight or spherical
   * @param frames points along each path, A and B included
   */
  public static InterpolationAnimation compute(
      PlaneData ae,
      Bounds aeView,
      PlaneData vae,
      Bounds vaeView,
      LabelledImages images,
      int from,
      int to,
      Interpolation.Mode vaeMode,
      int frames) {
    String a = Figures.article(images.classNames().get(images.label(from)));
    String b = Figures.article(images.classNames().get(images.label(to)));
    String subtitle =
        String.format(Locale.ROOT, "A: image %d, %s  \u2192  B: image %d, %s", from, a, to, b);
    return new InterpolationAnimation(
        side(heading(ae, false), ae, aeView, from, to, Interpolation.Mode.LINEAR, frames),
        side(
            heading(vae, vaeMode == Interpolation.Mode.SPHERICAL),
            vae,
            vaeView,
            from,
            to,
            vaeMode,
            frames),
        subtitle,
        images.rows(),
        images.cols(),
        from,
        to);
  }

  /** The column's heading: the kind of model the plane holds, as the plane's own heading says. */
  private static String heading(PlaneData d, boolean slerp) {
    String kind = d.model().info().variational() ? "Variational autoencoder" : "Autoencoder";
    return slerp ? kind + " (slerp)" : kind;
  }

  private static Side side(
      String title,
      PlaneData d,
      Bounds view,
      int from,
      int to,
      Interpolation.Mode mode,
      int frames) {
    float[] a = d.codes()[from];
    float[] b = d.codes()[to];
    float[][] codes = Interpolation.path(mode, a, b, frames);
    Projection p = d.projection();
    float[][] drawn = Interpolation.path(mode, a, b, DRAWN_PATH_POINTS);
    double[][] path = new double[drawn.length][];
    for (int i = 0; i < drawn.length; i++) {
      path[i] = new double[] {p.x(drawn[i]), p.y(drawn[i])};
    }
    return new Side(title, d, Figures.square(view), path, codes, d.model().decode(codes));
  }

  @Override
  public double width() {
    return W;
  }

  @Override
  public double height() {
    return H;
  }

  @Override
  public int frames() {
    return ae.codes().length;
  }

  @Override
  public void draw(GraphicsContext gc, int frame, double scale) {
    Figures.heading(gc, "Interpolation A \u2192 B in both models", subtitle, 20);
    double t = frame / (double) (frames() - 1);
    column(gc, ae, frame, 20, scale);
    column(gc, vae, frame, 320, scale);
    Figures.progress(gc, 40, W - 110, H - 22, t);
    gc.setFill(org.latentlab.ui.fx.Theme.INK);
    gc.setFont(Figures.TEXT);
    gc.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
    gc.setTextBaseline(javafx.geometry.VPos.CENTER);
    gc.fillText(String.format(Locale.ROOT, "t = %.2f", t), W - 90, H - 22);
  }

  private void column(GraphicsContext gc, Side s, int frame, double x, double scale) {
    Figures.centred(gc, s.title(), x + PLANE / 2, 62, Figures.LABEL);
    Projection p = s.data().projection();
    float[] z = s.codes()[frame];
    boolean rings = s.data().model().info().variational() && s.data().latentDim() >= 2;
    PlaneScene scene =
        new PlaneScene(
            null, s.data(), s.view(), new double[] {p.x(z), p.y(z)}, -1, from, to, s.path(), rings);
    Figures.plane(gc, scene, x, 84, PLANE, scale);
    Figures.digit(gc, s.decoded()[frame], rows, cols, x + (PLANE - DIGIT) / 2, 376, DIGIT, scale);
  }

  @Override
  public String describe() {
    return frames() + " frames from image " + from + " to image " + to + " in both models";
  }

  @Override
  public String suggestedName() {
    return "interpolation.gif";
  }
}
