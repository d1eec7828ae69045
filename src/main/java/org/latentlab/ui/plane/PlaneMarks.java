package org.latentlab.ui.plane;

import org.latentlab.latent.Ellipse;

/**
 * What the "Inside the VAE" tab draws over a plane, in plane coordinates: the selected image's
 * posterior, the samples drawn from it, and samples drawn from the prior. Plain data, as the view
 * models hold it; {@link PosteriorOverlays#layer} draws it.
 *
 * @param contours the posterior's 1σ and 2σ ellipses (empty for an AE)
 * @param centre μ (VAE) or the code (AE) of the selected image, or null
 * @param centreLabel the tag beside the centre ("μ", "code: the σ → 0 limit")
 * @param samples points z = μ + σ ⊙ ε drawn from the posterior, or null
 * @param priorSamples points drawn from the prior (or, for an AE, from a Gaussian fitted to its
 *     codes), or null
 */
public record PlaneMarks(
    Ellipse[] contours,
    double[] centre,
    String centreLabel,
    double[][] samples,
    double[][] priorSamples) {

  /** Nothing to draw. */
  public static final PlaneMarks NONE = new PlaneMarks(new Ellipse[0], null, null, null, null);

  /** Both sets of marks in one (where both have a centre, this one's wins). */
  public PlaneMarks plus(PlaneMarks o) {
    Ellipse[] all = java.util.Arrays.copyOf(contours, contours.length + o.contours.length);
    System.arraycopy(o.contours, 0, all, contours.length, o.contours.length);
    return new PlaneMarks(
        all,
        centre != null ? centre : o.centre,
        centre != null ? centreLabel : o.centreLabel,
        samples != null ? samples : o.samples,
        priorSamples != null ? priorSamples : o.priorSamples);
  }

  /** Whether there is anything to draw. */
  boolean isEmpty() {
    return contours.length == 0 && centre == null && samples == null && priorSamples == null;
  }
}
