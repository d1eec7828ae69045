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
  private int from = -1;
  private int to = -1;
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

  /** Interpolates from image {@code a} to image {@code b}; -1 for either clears the path. */
  public void setEndpoints(int a, int b) {
    from = a;
    to = b;
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
    return from >= 0 && to >= 0 && ae.dataProperty().get() != null;
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
    float[] a0 = a.codes()[from];
    float[] a1 = a.codes()[to];
    float[] v0 = v.codes()[from];
    float[] v1 = v.codes()[to];
    ae.setPath(Interpolation.path(Interpolation.Mode.LINEAR, a0, a1, DRAWN_PATH_POINTS));
    vae.setPath(Interpolation.path(mode, v0, v1, DRAWN_PATH_POINTS));
    int i0 = from;
    int i1 = to;
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
    ae.setCursor(Interpolation.lerp(a.codes()[from], a.codes()[to], t));
    vae.setCursor(Interpolation.at(vaeMode.get(), v.codes()[from], v.codes()[to], t));
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
