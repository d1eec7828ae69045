package org.latentlab.ui.export;

import java.util.Locale;
import java.util.Random;
import javafx.scene.canvas.GraphicsContext;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.Ellipse;
import org.latentlab.latent.PlaneGaussian;
import org.latentlab.latent.Projection;
import org.latentlab.latent.vae.Posterior;
import org.latentlab.latent.vae.Reparameterization;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneMarks;
import org.latentlab.ui.plane.PlaneScene;
import org.latentlab.ui.posterior.PosteriorViewModel;

/**
 * The ε fan resampling: per frame K fresh draws z = μ + σ ⊙ ε of the selected image's posterior,
 * marked in the close-up of q(z|x) (μ ± 3.5σ, with its 1σ and 2σ ellipses) beside their decodes,
 * with the input and the decode of μ for comparison.
 */
public final class FanAnimation implements Animation {
  private static final double W = 760;
  private static final double H = 370;
  private static final double ZOOM = 280;
  private static final double CELL = 96;
  private static final double SIGMAS = 3.5;

  private final PosteriorViewModel.Selected selected;
  private final float[][][] codes;
  private final float[][][] decoded;
  private final float[] muDecoded;
  private final Bounds view;
  private final Ellipse[] contours;
  private final double[] centre;

  private FanAnimation(
      PosteriorViewModel.Selected selected, float[][][] codes, float[][][] decoded, float[] mu) {
    this.selected = selected;
    this.codes = codes;
    this.decoded = decoded;
    this.muDecoded = mu;
    Posterior q = selected.posterior();
    Projection p = selected.vae().projection();
    PlaneGaussian g = PlaneGaussian.of(p, q.mu(), q.logVar());
    contours = new Ellipse[] {g.contour(1), g.contour(2)};
    centre = new double[] {p.x(q.mu()), p.y(q.mu())};
    double half = Math.max(SIGMAS * contours[0].semiMajor(), 1e-3);
    view = Bounds.around(centre[0], centre[1], half, half);
  }

  /**
   * Draws {@code frames} fans of {@code k} samples each from the selected image's posterior and
   * decodes them (slow: call off the FX thread).
   *
   * @param random where ε comes from (seed it for the same fans every time)
   */
  public static FanAnimation compute(
      PosteriorViewModel.Selected selected, int k, int frames, Random random) {
    Posterior q = selected.posterior();
    if (q.logVar() == null) {
      throw new IllegalArgumentException("the ε fan needs a VAE: an autoencoder has no σ");
    }
    float[][][] z = new float[frames][][];
    float[][][] x = new float[frames][][];
    for (int f = 0; f < frames; f++) {
      z[f] = Reparameterization.samples(q.mu(), q.logVar(), k, random);
      x[f] = selected.vae().model().decode(z[f]);
    }
    return new FanAnimation(selected, z, x, selected.vae().model().decode(q.mu()));
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
    return codes.length;
  }

  @Override
  public void draw(GraphicsContext gc, int frame, double scale) {
    int k = codes[frame].length;
    Figures.heading(
        gc,
        "z = \u03bc + \u03c3 \u2299 \u03b5,  \u03b5 ~ N(0, I)",
        String.format(
            Locale.ROOT,
            "image %d, %s  \u00b7  %d samples, draw %d of %d",
            selected.index(),
            Figures.article(selected.className()),
            k,
            frame + 1,
            frames()),
        20);
    PlaneData d = selected.vae();
    Projection p = d.projection();
    double[][] samples = new double[k][];
    for (int i = 0; i < k; i++) {
      samples[i] = new double[] {p.x(codes[frame][i]), p.y(codes[frame][i])};
    }
    PlaneMarks marks = new PlaneMarks(contours, centre, "\u03bc", samples, null);
    Figures.centred(
        gc, "q(z|x) up close: \u03bc \u00b1 3.5\u03c3", 20 + ZOOM / 2, 62, Figures.LABEL);
    Figures.plane(
        gc,
        new PlaneScene(null, d, view, null, -1, -1, -1, null, false, marks),
        20,
        82,
        ZOOM,
        scale);
    Figures.centred(gc, "Decodes of the samples", 320 + ZOOM / 2, 62, Figures.LABEL);
    int columns = (int) Math.ceil(Math.sqrt(k));
    double gap = 3;
    double tile = (ZOOM - gap * (columns - 1)) / columns;
    for (int i = 0; i < k; i++) {
      double x = 320 + (i % columns) * (tile + gap);
      double y = 82 + (i / columns) * (tile + gap);
      Figures.digit(gc, decoded[frame][i], selected.rows(), selected.cols(), x, y, tile, scale);
    }
    double cx = 680;
    Figures.centred(gc, "Input", cx, 62, Figures.LABEL);
    Figures.digit(
        gc, selected.input(), selected.rows(), selected.cols(), cx - CELL / 2, 82, CELL, scale);
    Figures.centred(gc, "decoded at \u03bc", cx, 196, Figures.LABEL);
    Figures.digit(gc, muDecoded, selected.rows(), selected.cols(), cx - CELL / 2, 216, CELL, scale);
  }

  @Override
  public String describe() {
    return frames()
        + " draws of "
        + codes[0].length
        + " samples of image "
        + selected.index()
        + "'s posterior";
  }

  @Override
  public String suggestedName() {
    return "epsilon-fan.gif";
  }
}
