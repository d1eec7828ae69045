package org.latentlab.ui.posterior;

import java.util.Random;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.latentlab.latent.Ellipse;
import org.latentlab.latent.GaussianFit;
import org.latentlab.latent.Projection;
import org.latentlab.latent.vae.Reparameterization;
import org.latentlab.ui.fx.LatestWins;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneMarks;

/**
 * "Sample from the prior": K codes z ~ N(0, I) decoded by the VAE, and as many codes drawn for the
 * AE from the Gaussian N(m, C) fitted to its displayed codes, since the AE has no prior of its own.
 * The VAE's grid shows digits; the AE's shows what lands in the gaps between its clusters.
 */
public final class PriorSamplesViewModel {
  private final Random random;
  private final LatestWins<Samples> channel;
  private final ReadOnlyObjectWrapper<Samples> samples =
      new ReadOnlyObjectWrapper<>(this, "samples");

  public PriorSamplesViewModel(UiThreads threads, Consumer<Throwable> onError, Random random) {
    this.random = random;
    this.channel = new LatestWins<>(threads, onError);
  }

  /** Draws {@code k} codes for each model and decodes them (in the background). */
  public void sample(PlaneData ae, PlaneData vae, int k) {
    if (ae == null || vae == null) {
      return;
    }
    // Draw here, in order, so one seed gives one picture; decode in the background.
    float[][] vaeCodes =
        vae.model().info().variational()
            ? Reparameterization.standardNormal(vae.latentDim(), k, random)
            : GaussianFit.of(vae.codes()).sample(k, random);
    float[][] aeCodes = GaussianFit.of(ae.codes()).sample(k, random);
    int rows = ae.model().info().rows();
    int cols = ae.model().info().cols();
    channel.submit(
        () ->
            new Samples(
                ae,
                vae,
                aeCodes,
                ae.model().decode(aeCodes),
                vaeCodes,
                vae.model().decode(vaeCodes),
                rows,
                cols),
        samples::set);
  }

  /** Forgets the samples. */
  public void clear() {
    channel.submit(() -> null, samples::set);
  }

  /** The prior samples drawn on {@code plane} as crosses, or none. */
  public PlaneMarks marksFor(PlaneData plane) {
    Samples s = samples.get();
    if (s == null || plane == null || (plane != s.ae() && plane != s.vae())) {
      return PlaneMarks.NONE;
    }
    float[][] codes = plane == s.ae() ? s.aeCodes() : s.vaeCodes();
    Projection p = plane.projection();
    double[][] points = new double[codes.length][];
    for (int i = 0; i < codes.length; i++) {
      points[i] = new double[] {p.x(codes[i]), p.y(codes[i])};
    }
    return new PlaneMarks(new Ellipse[0], null, null, null, points);
  }

  /** The latest draws, or null. */
  public ReadOnlyObjectProperty<Samples> samplesProperty() {
    return samples.getReadOnlyProperty();
  }

  /**
   * Codes drawn for both models and their decodes.
   *
   * @param ae the AE plane's data they were drawn for
   * @param vae the VAE plane's data
   * @param aeCodes draws from N(m, C) fitted to the AE's codes
   * @param aeImages their decodes
   * @param vaeCodes draws from N(0, I)
   * @param vaeImages their decodes
   * @param rows image height
   * @param cols image width
   */
  public record Samples(
      PlaneData ae,
      PlaneData vae,
      float[][] aeCodes,
      float[][] aeImages,
      float[][] vaeCodes,
      float[][] vaeImages,
      int rows,
      int cols) {}
}
