package org.latentlab.ui.interpolation;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentlab.latent.Interpolation;
import org.latentlab.ui.fx.LatestWins;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneViewModel;

/**
 * Interpolation between two selected images: both planes draw the path between their codes, a film
 * strip per model shows {@link #stepsProperty() N} decodes along it, and {@link
 * #positionProperty()} walks both cursors along it. The AE path is straight; the VAE path may be
 * spherical.
 */
public final class InterpolationViewModel {
  /** Frames per strip unless the user changes it. */
  public static final int DEFAULT_STEPS = 10;

  /** Fewest frames per strip. */
  static final int MIN_STEPS = 2;

  /** Most frames per strip. */
  static final int MAX_STEPS = 24;

  private static final int DRAWN_PATH_POINTS = 65;

  private final PlaneViewModel ae;
  private final PlaneViewModel vae;
  private final LatestWins<InterpolationStrips> channel;
  private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps", DEFAULT_STEPS);
  private final ObjectProperty<Interpolation.Mode> vaeMode =
      new SimpleObjectProperty<>(this, "vaeMode", Interpolation.Mode.LINEAR);
  private final DoubleProperty position = new SimpleDoubleProperty(this, "position", 1);
  private final ReadOnlyObjectWrapper<InterpolationStrips> strips =
      new ReadOnlyObjectWrapper<>(this, "strips");
  private Endpoint from;
  private Endpoint to;
  private boolean settingPosition;

  public InterpolationViewModel(
      PlaneViewModel ae, PlaneViewModel vae, UiThreads threads, Consumer<Throwable> onError) {
    this.ae = ae;
    this.vae = vae;
    this.channel = new LatestWins<>(threads, onError);
    steps.addListener((obs, was, now) -> refresh());
    vaeMode.addListener((obs, was, now) -> refresh());
    position.addListener(
        (obs, was, now) -> {
          if (!settingPosition) {
            walk(now.doubleValue());
          }
        });
  }

  /**
   * One end of the interpolation: an image of the data set (its codes are the planes'), or a digit
   * drawn on the pad (index {@link #DRAWN}) with the codes both models gave it.
   *
   * @param index the image, or {@link #DRAWN}
   * @param left the left model's code of a drawn digit (null for a data set image)
   * @param right the right model's code (μ for a VAE) of a drawn digit
   */
  public record Endpoint(int index, float[] left, float[] right) {
    /** An image of the data set. */
    public static Endpoint image(int index) {
      return new Endpoint(index, null, null);
    }

    /** A drawn digit with its two codes. */
    public static Endpoint drawn(float[] left, float[] right) {
      return new Endpoint(DRAWN, left.clone(), right.clone());
    }

    /** Whether this is a drawn digit rather than an image of the data set. */
    public boolean isDrawn() {
      return index == DRAWN;
    }

    float[] code(PlaneData plane, boolean isLeft) {
      return isDrawn() ? (isLeft ? left : right) : plane.codes()[index];
    }
  }

  /** The index {@link InterpolationStrips} gives an endpoint that was drawn, not in the data. */
  public static final int DRAWN = -2;

  /** Interpolates from image {@code a} to image {@code b}; -1 for either clears the path. */
  public void setEndpoints(int a, int b) {
    setEndpoints(a < 0 ? null : Endpoint.image(a), b < 0 ? null : Endpoint.image(b));
  }

  /**
   * Interpolates between two endpoints, images or drawn digits; null for either clears the path.
   */
  public void setEndpoints(Endpoint a, Endpoint b) {
    from = a == null || b == null ? null : a;
    to = a == null || b == null ? null : b;
    settingPosition = true;
    try {
      position.set(1); // the last click put the cursors on b
    } finally {
      settingPosition = false;
    }
    refresh();
  }

  /** Whether two endpoints are chosen. */
  boolean hasPath() {
    return from != null && to != null && ae.dataProperty().get() != null;
  }

  private void refresh() {
    if (!hasPath()) {
      ae.setPath(null);
      vae.setPath(null);
      channel.submit(() -> null, strips::set);
      return;
    }
    PlaneData a = ae.dataProperty().get();
    PlaneData v = vae.dataProperty().get();
    Interpolation.Mode mode = vaeMode.get();
    int n = Math.max(MIN_STEPS, Math.min(MAX_STEPS, steps.get()));
    float[] a0 = from.code(a, true);
    float[] a1 = to.code(a, true);
    float[] v0 = from.code(v, false);
    float[] v1 = to.code(v, false);
    ae.setPath(Interpolation.path(Interpolation.Mode.LINEAR, a0, a1, DRAWN_PATH_POINTS));
    vae.setPath(Interpolation.path(mode, v0, v1, DRAWN_PATH_POINTS));
    int i0 = from.index();
    int i1 = to.index();
    channel.submit(
        () ->
            new InterpolationStrips(
                i0,
                i1,
                Arrays.asList(
                    a.model().decode(Interpolation.path(Interpolation.Mode.LINEAR, a0, a1, n))),
                Arrays.asList(v.model().decode(Interpolation.path(mode, v0, v1, n))),
                a.model().info().rows(),
                a.model().info().cols()),
        strips::set);
  }

  /** Puts both cursors at fraction {@code t} of the way along their paths. */
  private void walk(double t) {
    if (!hasPath()) {
      return;
    }
    PlaneData a = ae.dataProperty().get();
    PlaneData v = vae.dataProperty().get();
    ae.setCursor(Interpolation.lerp(from.code(a, true), to.code(a, true), t));
    vae.setCursor(Interpolation.at(vaeMode.get(), from.code(v, false), to.code(v, false), t));
  }

  /** The left plane, whose model makes the first strip. */
  PlaneViewModel left() {
    return ae;
  }

  /** The right plane, whose model makes the second strip. */
  PlaneViewModel right() {
    return vae;
  }

  /** Frames per film strip (N). */
  public IntegerProperty stepsProperty() {
    return steps;
  }

  /** Straight or spherical path for the VAE. */
  public ObjectProperty<Interpolation.Mode> vaeModeProperty() {
    return vaeMode;
  }

  /** Where the cursors are along the path, 0 at the first endpoint, 1 at the second. */
  public DoubleProperty positionProperty() {
    return position;
  }

  /** The film strips, or null without two endpoints. */
  public ReadOnlyObjectProperty<InterpolationStrips> stripsProperty() {
    return strips.getReadOnlyProperty();
  }
}
