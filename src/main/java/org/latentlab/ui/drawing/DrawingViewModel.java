package org.latentlab.ui.drawing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.latentlab.error.ErrorMessages;
import org.latentlab.inference.classifier.ImageClassifier;
import org.latentlab.latent.Ellipse;
import org.latentlab.latent.PlaneGaussian;
import org.latentlab.latent.draw.MnistPreprocess;
import org.latentlab.latent.draw.Stroke;
import org.latentlab.latent.draw.StrokeRaster;
import org.latentlab.latent.vae.ElboTerms;
import org.latentlab.latent.vae.Posterior;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.LatestWins;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.PlaneData;

/**
 * The drawing pad's state: the strokes (or an opened image under them), the brush, and what both
 * models make of the drawing. Every change re-reads the drawing in the background, newest request
 * first ({@link LatestWins}), and moves both planes' cursors to the codes.
 */
public final class DrawingViewModel {
  /** The pad's side in pixels; a digit drawn across it is shrunk to MNIST's 20-pixel box. */
  public static final int PAD = 280;

  /** The thinnest brush, in pad pixels (a digit across the pad shrinks tenfold to 20 px). */
  public static final double MIN_BRUSH = 6;

  /** The thickest brush, in pad pixels. */
  public static final double MAX_BRUSH = 48;

  // MNIST's pen strokes are about 2 px wide in its 20-px box: 22 px on the pad.
  static final double DEFAULT_BRUSH = 22;

  static final String START = "Draw a digit on the pad, or open an image.";
  static final String NO_MODELS = "Open a model pair to see what it makes of the drawing.";

  private final ExplorerViewModel explorer;
  private final UiThreads threads;
  private final LatestWins<Outcome> channel;
  private final DoubleProperty brush = new SimpleDoubleProperty(this, "brush", DEFAULT_BRUSH);
  private final ReadOnlyObjectWrapper<List<Stroke>> strokes =
      new ReadOnlyObjectWrapper<>(this, "strokes", List.of());
  private final ReadOnlyObjectWrapper<float[]> backdrop =
      new ReadOnlyObjectWrapper<>(this, "backdrop");
  private final ReadOnlyObjectWrapper<Reading> reading =
      new ReadOnlyObjectWrapper<>(this, "reading");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", START);
  private Consumer<String> errorHandler = m -> {};
  private boolean drawing;
  // A scene's drawing that is to become endpoint A (false) or B (true) once it has been read.
  private Boolean pendingEndpoint;

  /** What one background read of the drawing produced: a reading, or a line saying why not. */
  private record Outcome(Reading reading, String message, PlaneData ae, PlaneData vae) {}

  /**
   * A blank pad reading with the explorer's models.
   *
   * @param explorer whose planes show the codes and whose models encode the drawing
   * @param threads where the models are called and results applied (the explorer's)
   */
  public DrawingViewModel(ExplorerViewModel explorer, UiThreads threads) {
    this.explorer = Objects.requireNonNull(explorer);
    this.threads = Objects.requireNonNull(threads);
    this.channel =
        new LatestWins<>(
            threads,
            e -> errorHandler.accept("Could not read the drawing: " + ErrorMessages.oneLine(e)));
    // The VAE plane is installed last when a session opens: by then both models are in place.
    explorer.vae().dataProperty().addListener((obs, was, now) -> refresh());
  }

  /** Who hears about failures (a file that is not an image), as one line each. */
  public void setErrorHandler(Consumer<String> handler) {
    errorHandler = Objects.requireNonNull(handler);
  }

  /** Starts a stroke at pad point (x, y) with the current brush. */
  public void beginStroke(double x, double y) {
    List<Stroke> s = new ArrayList<>(strokes.get());
    s.add(new Stroke(brush.get(), new double[] {x, y}));
    drawing = true;
    strokes.set(List.copyOf(s));
    refresh();
  }

  /** Continues the stroke begun last to (x, y); ignored when no stroke is being drawn. */
  public void extendStroke(double x, double y) {
    List<Stroke> s = strokes.get();
    if (!drawing || s.isEmpty()) {
      return;
    }
    List<Stroke> more = new ArrayList<>(s);
    more.set(more.size() - 1, s.get(s.size() - 1).to(x, y));
    strokes.set(List.copyOf(more));
    refresh();
  }

  /** Ends the stroke being drawn. */
  public void endStroke() {
    drawing = false;
  }

  /** Takes back the last stroke, or the opened image once no stroke is left. */
  public void undo() {
    List<Stroke> s = strokes.get();
    drawing = false;
    if (!s.isEmpty()) {
      strokes.set(List.copyOf(s.subList(0, s.size() - 1)));
    } else if (backdrop.get() != null) {
      backdrop.set(null);
    } else {
      return;
    }
    refresh();
  }

  /**
   * Puts {@code lines} on the pad in place of what is there (a lesson scene's drawing) and, once
   * the models have read it, makes it endpoint A or B when {@code asSecond} is not null.
   */
  public void showDrawing(List<Stroke> lines, Boolean asSecond) {
    drawing = false;
    backdrop.set(null);
    strokes.set(List.copyOf(lines));
    pendingEndpoint = asSecond;
    refresh();
  }

  /** Empties the pad. */
  public void clear() {
    drawing = false;
    strokes.set(List.of());
    backdrop.set(null);
    refresh();
  }

  /**
   * Reads an image file in the background and puts it on the pad in place of the drawing; a file
   * that is not a usable image is reported in one line and the drawing stays as it was.
   */
  public void openImage(Path file) {
    threads
        .background()
        .execute(
            () -> {
              float[] fitted;
              try {
                ImageFiles.Grey g = ImageFiles.read(file);
                fitted = MnistPreprocess.fit(g.pixels(), g.width(), g.height(), PAD);
                MnistPreprocess.of(fitted, PAD, PAD);
              } catch (ImageFiles.Refused e) {
                threads.fx().execute(() -> errorHandler.accept(e.getMessage()));
                return;
              } catch (IllegalArgumentException e) {
                String blank = file.getFileName() + " is blank: there is no digit to read";
                threads.fx().execute(() -> errorHandler.accept(blank));
                return;
              }
              threads.fx().execute(() -> showImage(fitted));
            });
  }

  private void showImage(float[] padPixels) {
    drawing = false;
    strokes.set(List.of());
    backdrop.set(padPixels);
    refresh();
  }

  /** Re-reads the drawing with the models on the planes now. */
  private void refresh() {
    List<Stroke> s = strokes.get();
    float[] b = backdrop.get();
    PlaneData ae = explorer.autoencoder().dataProperty().get();
    PlaneData vae = explorer.vae().dataProperty().get();
    // Even an empty pad goes through the channel, so a stale reading cannot land after Clear.
    channel.submit(() -> read(s, b, ae, vae), this::apply);
  }

  private Outcome read(List<Stroke> s, float[] b, PlaneData ae, PlaneData vae) {
    if (s.isEmpty() && b == null) {
      return new Outcome(null, START, ae, vae);
    }
    float[] input;
    try {
      input = MnistPreprocess.of(StrokeRaster.paint(s, b, PAD), PAD, PAD);
    } catch (IllegalArgumentException e) {
      return new Outcome(null, e.getMessage(), ae, vae);
    }
    if (ae == null || vae == null || ae.model() == null || vae.model() == null) {
      return new Outcome(null, NO_MODELS, ae, vae);
    }
    int side = MnistPreprocess.SIZE;
    for (PlaneData d : new PlaneData[] {ae, vae}) {
      if (d.model().info().rows() != side || d.model().info().cols() != side) {
        return new Outcome(
            null,
            d.model().info().name()
                + " takes "
                + d.model().info().rows()
                + "×"
                + d.model().info().cols()
                + " images; a drawing is "
                + side
                + "×"
                + side,
            ae,
            vae);
      }
    }
    float[][] batch = {input};
    float[] aeCode = ae.model().encode(batch)[0];
    Posterior q = vae.model().encodePosterior(batch)[0];
    ElboTerms aeTerms = ae.model().elboTerms(batch)[0];
    ElboTerms vaeTerms = vae.model().elboTerms(batch)[0];
    Reading r =
        new Reading(
            input,
            aeCode,
            q,
            ae.model().decode(aeCode),
            vae.model().decode(q.mu()),
            aeTerms,
            vaeTerms,
            guess(ae, input));
    return new Outcome(r, "", ae, vae);
  }

  /** The classifier's verdict on the input, or null when the data has no classifier. */
  private Reading.Guess guess(PlaneData ae, float[] input) {
    ImageClassifier c;
    try {
      c = explorer.holeMap().classifierFor(ae);
    } catch (RuntimeException e) {
      return null;
    }
    if (c.info().pixels() != input.length) {
      return null;
    }
    float[] p = c.probabilities(new float[][] {input})[0];
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    List<String> names = c.info().classNames();
    return new Reading.Guess(best < names.size() ? names.get(best) : "class " + best, p[best]);
  }

  private void apply(Outcome o) {
    reading.set(o.reading());
    message.set(o.message());
    Reading r = o.reading();
    Boolean endpoint = pendingEndpoint;
    pendingEndpoint = null;
    if (r != null && endpoint != null) {
      explorer.useDrawing(r.aeCode(), r.vae().mu(), endpoint);
      return;
    }
    // Codes of models since replaced belong on no plane; the replacement triggers a new read.
    if (r != null
        && explorer.autoencoder().dataProperty().get() == o.ae()
        && explorer.vae().dataProperty().get() == o.vae()) {
      explorer.autoencoder().setCursor(r.aeCode());
      explorer.vae().setCursor(r.vae().mu());
    }
  }

  /**
   * The 1σ and 2σ ellipses of the drawing's posterior on {@code plane} (the VAE's), or none when
   * there is no reading or the plane is another model's.
   */
  public Ellipse[] contoursOn(PlaneData plane) {
    Reading r = reading.get();
    if (r == null || plane == null || plane != explorer.vae().dataProperty().get()) {
      return new Ellipse[0];
    }
    Posterior q = r.vae();
    if (q.logVar() == null) {
      return new Ellipse[0];
    }
    PlaneGaussian g = PlaneGaussian.of(plane.projection(), q.mu(), q.logVar());
    return new Ellipse[] {g.contour(1), g.contour(2)};
  }

  /**
   * Makes the drawing endpoint A (or, with {@code asSecond}, B) of the interpolation, by the codes
   * the two models gave it; says why not in one line when there is nothing read yet.
   *
   * @return whether the drawing became the endpoint
   */
  public boolean useAs(boolean asSecond) {
    Reading r = reading.get();
    if (r == null) {
      errorHandler.accept(
          message.get().isEmpty() ? "the drawing is empty: draw a digit first" : message.get());
      return false;
    }
    explorer.useDrawing(r.aeCode(), r.vae().mu(), asSecond);
    return true;
  }

  /** The brush's width in pad pixels ({@value #MIN_BRUSH} to {@value #MAX_BRUSH}). */
  public DoubleProperty brushProperty() {
    return brush;
  }

  /** The strokes on the pad, oldest first. */
  public ReadOnlyObjectProperty<List<Stroke>> strokesProperty() {
    return strokes.getReadOnlyProperty();
  }

  /** The opened image under the strokes, {@value #PAD}² grey levels, or null. */
  public ReadOnlyObjectProperty<float[]> backdropProperty() {
    return backdrop.getReadOnlyProperty();
  }

  /** What the models make of the drawing, or null when there is nothing to read. */
  public ReadOnlyObjectProperty<Reading> readingProperty() {
    return reading.getReadOnlyProperty();
  }

  /** A line saying why there is no reading ("" when there is one). */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The explorer whose planes show the codes. */
  public ExplorerViewModel explorer() {
    return explorer;
  }
}
