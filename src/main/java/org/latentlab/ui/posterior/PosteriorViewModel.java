package org.latentlab.ui.posterior;

import java.util.Random;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentlab.latent.Ellipse;
import org.latentlab.latent.PlaneGaussian;
import org.latentlab.latent.Projection;
import org.latentlab.latent.vae.ElboTerms;
import org.latentlab.latent.vae.Posterior;
import org.latentlab.latent.vae.Reparameterization;
import org.latentlab.ui.fx.LatestWins;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.DecodedImage;
import org.latentlab.ui.plane.LabelledImages;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneMarks;

/**
 * The selected image as the VAE sees it: its posterior q(z|x) = N(μ, diag σ²), the ELBO terms of
 * both models, K samples z = μ + σ ⊙ ε decoded as a fan, and the decoder's output at μ or at one
 * sample. The AE's code of the same image is the σ → 0 limit: a single point.
 */
public final class PosteriorViewModel {
  /** K unless the user changes it. */
  static final int DEFAULT_SAMPLES = 16;

  /** Most samples per draw. */
  static final int MAX_SAMPLES = 64;

  /** The σ magnifier's choices: 1 is the model's own posterior. */
  static final java.util.List<Double> MAGNIFICATIONS = java.util.List.of(1.0, 2.0, 5.0, 10.0);

  /** What the VAE decodes for the selected image. */
  enum DecodeMode {
    /** The posterior mean μ: deterministic, the VAE's usual reconstruction. */
    MU,
    /** One fresh sample z = μ + σ ⊙ ε, as in training. */
    SAMPLE
  }

  private final Random random;
  private final LatestWins<Selected> analysis;
  private final LatestWins<Fan> fanChannel;
  private final LatestWins<DecodedImage> decodeChannel;
  private final IntegerProperty sampleCount =
      new SimpleIntegerProperty(this, "sampleCount", DEFAULT_SAMPLES);
  private final javafx.beans.property.DoubleProperty magnify =
      new javafx.beans.property.SimpleDoubleProperty(this, "magnify", 1);
  private final ObjectProperty<DecodeMode> decodeMode =
      new SimpleObjectProperty<>(this, "decodeMode", DecodeMode.MU);
  private final ReadOnlyObjectWrapper<Selected> selected =
      new ReadOnlyObjectWrapper<>(this, "selected");
  private final ReadOnlyObjectWrapper<Fan> fan = new ReadOnlyObjectWrapper<>(this, "fan");
  private final ReadOnlyObjectWrapper<DecodedImage> decoded =
      new ReadOnlyObjectWrapper<>(this, "decoded");
  private final LatestWins<PlaneData> samplingChannel;
  private final BooleanProperty plotSamples = new SimpleBooleanProperty(this, "plotSamples");
  private final ReadOnlyObjectWrapper<PlaneData> sampledPlane =
      new ReadOnlyObjectWrapper<>(this, "sampledPlane");
  private LabelledImages images;
  private PlaneData vaePlane;

  public PosteriorViewModel(UiThreads threads, Consumer<Throwable> onError, Random random) {
    this.random = random;
    this.analysis = new LatestWins<>(threads, onError);
    this.fanChannel = new LatestWins<>(threads, onError);
    this.decodeChannel = new LatestWins<>(threads, onError);
    this.samplingChannel = new LatestWins<>(threads, onError);
    plotSamples.addListener((obs, was, now) -> resamplePlane());
    decodeMode.addListener((obs, was, now) -> decodeSelected());
    magnify.addListener(
        (obs, was, now) -> {
          double m =
              Math.max(
                  1, Math.min(MAGNIFICATIONS.get(MAGNIFICATIONS.size() - 1), now.doubleValue()));
          if (m != now.doubleValue()) {
            magnify.set(m);
          } else if (fan.get() != null) {
            // The same ε, spread m times wider: only σ's effect changes.
            redrawFan(fan.get().epsilons());
          }
        });
    sampleCount.addListener(
        (obs, was, now) -> {
          int k = Math.max(1, Math.min(MAX_SAMPLES, now.intValue()));
          if (k != now.intValue()) {
            sampleCount.set(k);
          } else if (fan.get() != null) {
            sampleEpsilon();
          }
        });
  }

  /** Analyses image {@code index} with both models (in the background). */
  public void show(LabelledImages images, PlaneData ae, PlaneData vae, int index) {
    float[] input = images.image(index);
    String name = images.classNames().get(images.label(index));
    fanChannel.submit(() -> null, fan::set);
    analysis.submit(
        () -> {
          float[][] batch = {input};
          Posterior q = vae.model().encodePosterior(batch)[0];
          return new Selected(
              index,
              name,
              input,
              images.rows(),
              images.cols(),
              ae,
              vae,
              q,
              ae.codes()[index],
              vae.model().elboTerms(batch)[0],
              ae.model().elboTerms(batch)[0],
              ae.model().decode(ae.codes()[index]));
        },
        s -> {
          selected.set(s);
          decodeSelected();
        });
  }

  /** The images and the VAE plane now on screen (a new session). */
  public void setPlane(LabelledImages shown, PlaneData vae) {
    images = shown;
    vaePlane = vae;
    resamplePlane();
  }

  /**
   * Draws one z = μ + σ ⊙ ε per displayed image, laid out with the μ plane's projection and view,
   * so "plot samples" shows where the codes the decoder is trained on actually fall (after KL-only
   * training: a standard normal cloud with every class mixed).
   */
  private void resamplePlane() {
    PlaneData d = vaePlane;
    LabelledImages shown = images;
    if (!plotSamples.get() || d == null || shown == null || !d.model().info().variational()) {
      samplingChannel.submit(() -> null, sampledPlane::set);
      return;
    }
    long seed = random.nextLong();
    samplingChannel.submit(() -> samplePlane(d, shown, new Random(seed)), sampledPlane::set);
  }

  private static PlaneData samplePlane(PlaneData d, LabelledImages shown, Random random) {
    int n = d.size();
    float[][] z = new float[n][];
    for (int from = 0; from < n; from += 1000) {
      int to = Math.min(n, from + 1000);
      Posterior[] q = d.model().encodePosterior(shown.imageRows(from, to));
      for (int i = from; i < to; i++) {
        z[i] = Reparameterization.sample(q[i - from].mu(), q[i - from].logVar(), random);
      }
    }
    float[] xs = new float[n];
    float[] ys = new float[n];
    d.projection().projectAll(z, xs, ys);
    return new PlaneData(
        d.model(),
        z,
        d.labels(),
        d.projection(),
        xs,
        ys,
        org.latentlab.latent.SpatialIndex.build(xs, ys),
        d.home(),
        d.ranges());
  }

  /** What the VAE plane plots: μ (its data) or, with {@link #plotSamplesProperty()}, samples. */
  public PlaneData plotted(PlaneData plane) {
    PlaneData s = sampledPlane.get();
    return plotSamples.get() && s != null && plane == vaePlane ? s : plane;
  }

  /** Plot one sample z ~ q(z|x) per image on the VAE plane instead of μ. */
  public BooleanProperty plotSamplesProperty() {
    return plotSamples;
  }

  /** The sampled codes of the displayed images, or null. */
  public ReadOnlyObjectProperty<PlaneData> sampledPlaneProperty() {
    return sampledPlane.getReadOnlyProperty();
  }

  /** Forgets the selection. */
  public void clear() {
    analysis.submit(() -> null, selected::set);
    fanChannel.submit(() -> null, fan::set);
    decodeChannel.submit(() -> null, decoded::set);
  }

  /** Draws K = {@link #sampleCountProperty()} samples z = μ + σ ⊙ ε and decodes them. */
  public void sampleEpsilon() {
    Selected s = selected.get();
    if (s == null || !s.variational()) {
      return;
    }
    redrawFan(
        Reparameterization.standardNormal(s.posterior().mu().length, sampleCount.get(), random));
  }

  /** Decodes z = μ + m·σ ⊙ ε for the given ε, m the σ magnifier. */
  private void redrawFan(float[][] epsilons) {
    Selected s = selected.get();
    if (s == null || !s.variational() || epsilons == null) {
      return;
    }
    double m = magnify.get();
    float[][] z = new float[epsilons.length][];
    for (int i = 0; i < z.length; i++) {
      z[i] =
          Reparameterization.fromEpsilon(
              s.posterior().mu(), s.posterior().logVar(), epsilons[i], m);
    }
    fanChannel.submit(
        () -> new Fan(z, s.vae().model().decode(z), s.rows(), s.cols(), epsilons, m), fan::set);
  }

  /**
   * The σ magnifier m: the fan decodes z = μ + m·σ ⊙ ε, so samples of a sharp posterior visibly
   * differ (1 is the model's own σ; the choices are {@link #MAGNIFICATIONS}).
   */
  public javafx.beans.property.DoubleProperty magnifyProperty() {
    return magnify;
  }

  /** Draws a new ε for "decode a sample" (and switches to it). */
  void resample() {
    if (decodeMode.get() == DecodeMode.SAMPLE) {
      decodeSelected();
    } else {
      decodeMode.set(DecodeMode.SAMPLE);
    }
  }

  private void decodeSelected() {
    Selected s = selected.get();
    if (s == null) {
      decodeChannel.submit(() -> null, decoded::set);
      return;
    }
    float[] z =
        decodeMode.get() == DecodeMode.SAMPLE && s.variational()
            ? Reparameterization.sample(s.posterior().mu(), s.posterior().logVar(), random)
            : s.posterior().mu().clone();
    decodeChannel.submit(
        () -> new DecodedImage(z, s.vae().model().decode(z), s.rows(), s.cols()), decoded::set);
  }

  /**
   * What to draw on {@code plane}'s scatter: on the VAE's, the 1σ and 2σ ellipses of q(z|x), μ and
   * the fan's samples; on the AE's, the single code.
   */
  public PlaneMarks marksFor(PlaneData plane) {
    Selected s = selected.get();
    if (s == null || plane == null) {
      return PlaneMarks.NONE;
    }
    Projection p = plane.projection();
    if (plane == s.ae()) {
      return new PlaneMarks(
          new Ellipse[0], point(p, s.aeCode()), "code (\u03c3 \u2192 0)", null, null);
    }
    if (plane != s.vae() || !s.variational()) {
      return PlaneMarks.NONE;
    }
    PlaneGaussian g = PlaneGaussian.of(p, s.posterior().mu(), s.posterior().logVar());
    Fan f = fan.get();
    double[][] samples = null;
    if (f != null) {
      samples = new double[f.codes().length][];
      for (int i = 0; i < samples.length; i++) {
        samples[i] = point(p, f.codes()[i]);
      }
    }
    return new PlaneMarks(
        new Ellipse[] {g.contour(1), g.contour(2)},
        point(p, s.posterior().mu()),
        "\u03bc",
        samples,
        null);
  }

  private static double[] point(Projection p, float[] code) {
    return new double[] {p.x(code), p.y(code)};
  }

  /** K, the number of samples per draw (1 to {@value #MAX_SAMPLES}). */
  public IntegerProperty sampleCountProperty() {
    return sampleCount;
  }

  /** Decode μ or a sample. */
  ObjectProperty<DecodeMode> decodeModeProperty() {
    return decodeMode;
  }

  /** The analysed selection, or null. */
  public ReadOnlyObjectProperty<Selected> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** The latest fan of sample decodes, or null. */
  public ReadOnlyObjectProperty<Fan> fanProperty() {
    return fan.getReadOnlyProperty();
  }

  /** The VAE's decode of μ or of a sample, per {@link #decodeModeProperty()}. */
  ReadOnlyObjectProperty<DecodedImage> decodedProperty() {
    return decoded.getReadOnlyProperty();
  }

  /**
   * One selected image, analysed.
   *
   * @param index the image
   * @param className its class
   * @param input its pixels
   * @param rows image height
   * @param cols image width
   * @param ae the AE plane's data it was analysed with
   * @param vae the VAE plane's data it was analysed with
   * @param posterior the VAE's q(z|x)
   * @param aeCode the AE's code
   * @param vaeTerms the VAE's reconstruction (z = μ) and KL terms
   * @param aeTerms the AE's reconstruction term
   * @param aeDecoded the AE's reconstruction
   */
  public record Selected(
      int index,
      String className,
      float[] input,
      int rows,
      int cols,
      PlaneData ae,
      PlaneData vae,
      Posterior posterior,
      float[] aeCode,
      ElboTerms vaeTerms,
      ElboTerms aeTerms,
      float[] aeDecoded) {

    /** Whether the right-hand model really is variational (has σ). */
    boolean variational() {
      return posterior.logVar() != null;
    }
  }

  /**
   * K samples from the posterior and their decodes.
   *
   * @param codes the samples z = μ + m·σ ⊙ ε
   * @param images their decodes
   * @param rows image height
   * @param cols image width
   * @param epsilons the noise ε ~ N(0, I) of each sample, or null when not kept
   * @param magnify the σ magnifier m the codes were made with (1: the model's own σ)
   */
  public record Fan(
      float[][] codes, float[][] images, int rows, int cols, float[][] epsilons, double magnify) {

    /** Samples whose noise was not kept, at the model's own σ. */
    public Fan(float[][] codes, float[][] images, int rows, int cols) {
      this(codes, images, rows, cols, null, 1);
    }
  }
}
