package org.latentlab.ui.plane;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentlab.latent.Bounds;
import org.latentlab.ui.fx.LatestWins;
import org.latentlab.ui.fx.UiThreads;

/**
 * One latent plane: the model's codes of the data, the visible area, and the cursor whose latent
 * point the decoder renders. Moving the cursor (plane click, drag, slider, interpolation walk)
 * submits a decode that supersedes any pending one.
 */
public final class PlaneViewModel {
  private final javafx.beans.property.ReadOnlyStringWrapper title;
  private final javafx.beans.property.ReadOnlyStringWrapper shortName;
  private final LatestWins<float[]> decoder;
  private final ReadOnlyObjectWrapper<PlaneData> data = new ReadOnlyObjectWrapper<>(this, "data");
  private final ObjectProperty<Bounds> view = new SimpleObjectProperty<>(this, "view");
  private final javafx.beans.property.ReadOnlyStringWrapper model =
      new javafx.beans.property.ReadOnlyStringWrapper(this, "model", "");
  private final ReadOnlyObjectWrapper<float[]> cursor = new ReadOnlyObjectWrapper<>(this, "cursor");
  private final ReadOnlyObjectWrapper<DecodedImage> decoded =
      new ReadOnlyObjectWrapper<>(this, "decoded");
  private final ReadOnlyObjectWrapper<float[][]> path = new ReadOnlyObjectWrapper<>(this, "path");
  private final ObservableList<LatentDimension> dimensions = FXCollections.observableArrayList();
  private final ObservableList<LatentDimension> dimensionsView =
      FXCollections.unmodifiableObservableList(dimensions);
  private boolean syncing;
  private double aspect = 1;

  /**
   * An empty plane.
   *
   * @param title the plane's heading until a model is installed ("Autoencoder"); afterwards it
   *     names the installed model's kind, so either plane can hold any model
   * @param threads where decoding runs
   * @param onError receives decoding failures on the FX thread
   */
  public PlaneViewModel(String title, UiThreads threads, Consumer<Throwable> onError) {
    this.title = new javafx.beans.property.ReadOnlyStringWrapper(this, "title", title);
    this.shortName =
        new javafx.beans.property.ReadOnlyStringWrapper(
            this, "shortName", title.startsWith("Variational") ? "VAE" : "AE");
    this.decoder = new LatestWins<>(threads, onError);
  }

  /** The heading: the kind of model shown ("Autoencoder", "Variational autoencoder"). */
  public String title() {
    return title.get();
  }

  /** The heading, as it changes with the model installed. */
  public javafx.beans.property.ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /**
   * The model in a word or two, for labels beside strips and cells: "AE", "VAE", "VAE β = 0", "VAE
   * KL only", so two VAEs side by side can be told apart.
   */
  public javafx.beans.property.ReadOnlyStringProperty shortNameProperty() {
    return shortName.getReadOnlyProperty();
  }

  static String shortNameFor(org.latentlab.inference.ModelInfo info) {
    if (!info.variational()) {
      return "AE";
    }
    if (info.klOnly()) {
      return "VAE KL only";
    }
    return info.beta() == 1
        ? "VAE"
        : "VAE \u03b2 = "
            + java.math.BigDecimal.valueOf(info.beta()).stripTrailingZeros().toPlainString();
  }

  /** How a plane is headed when it shows a model of this kind. */
  static String headingFor(org.latentlab.inference.ModelInfo info) {
    return info.variational() ? "Variational autoencoder" : "Autoencoder";
  }

  /** Shows new codes: resets the view to their home area and the cursor to their centre. */
  public void install(PlaneData d) {
    // Old cursor and path belong to the old codes: drop them before anyone sees the new data.
    path.set(null);
    cursor.set(null);
    // The old model's image would pass for the new one's until its first decode arrives.
    decoded.set(null);
    model.set(d.model().info().describe());
    title.set(headingFor(d.model().info()));
    shortName.set(shortNameFor(d.model().info()));
    data.set(d);
    view.set(d.home().fitAspect(aspect));
    float[] start =
        d.projection()
            .lift(d.home().xMin() + d.home().width() / 2, d.home().yMin() + d.home().height() / 2);
    List<LatentDimension> dims = new ArrayList<>();
    for (int i = 0; i < d.latentDim(); i++) {
      LatentDimension dim = new LatentDimension("z" + (i + 1), d.ranges()[i], start[i]);
      dim.valueProperty()
          .addListener(
              (obs, was, now) -> {
                if (!syncing) {
                  applyCursor(readDimensions(), false);
                }
              });
      dims.add(dim);
    }
    dimensions.setAll(dims);
    applyCursor(start, false);
  }

  private float[] readDimensions() {
    float[] code = new float[dimensions.size()];
    for (int i = 0; i < code.length; i++) {
      code[i] = (float) dimensions.get(i).valueProperty().get();
    }
    return code;
  }

  /** Moves the cursor to plane point (x, y), keeping the dimensions the plane does not show. */
  public void moveCursorTo(double x, double y) {
    PlaneData d = data.get();
    if (d != null && cursor.get() != null) {
      applyCursor(d.projection().moveTo(cursor.get(), x, y), true);
    }
  }

  /** Moves the cursor to a latent code. */
  public void setCursor(float[] code) {
    if (data.get() != null) {
      applyCursor(code.clone(), true);
    }
  }

  private void applyCursor(float[] code, boolean syncDimensions) {
    if (syncDimensions) {
      syncing = true;
      try {
        for (int i = 0; i < code.length && i < dimensions.size(); i++) {
          dimensions.get(i).include(code[i]);
          dimensions.get(i).valueProperty().set(code[i]);
        }
      } finally {
        syncing = false;
      }
    }
    cursor.set(code);
    PlaneData d = data.get();
    DecodeRequest request = new DecodeRequest(d, code);
    decoder.submit(
        request::run,
        pixels -> {
          decoded.set(
              new DecodedImage(code, pixels, d.model().info().rows(), d.model().info().cols()));
        });
  }

  /** The cursor's plane position, or null before data arrives. */
  public double[] cursorOnPlane() {
    PlaneData d = data.get();
    float[] c = cursor.get();
    if (d == null || c == null || c.length != d.latentDim()) {
      return null;
    }
    return new double[] {d.projection().x(c), d.projection().y(c)};
  }

  /** Zooms about plane point (x, y); a factor above 1 zooms in. */
  public void zoom(double factor, double x, double y) {
    if (view.get() != null) {
      view.set(view.get().zoom(factor, x, y));
    }
  }

  /** Moves the visible area by (dx, dy) plane units. */
  public void pan(double dx, double dy) {
    if (view.get() != null) {
      view.set(view.get().pan(dx, dy));
    }
  }

  /** Shows at least {@code area}, widened to the plot's shape (a lesson's scene sets it). */
  public void showArea(Bounds area) {
    view.set(area.fitAspect(aspect));
  }

  /**
   * Zooms to the codes themselves (their 0.2–99.8 percentile box), however small: a KL-only
   * collapse that is one pixel in the home view fills the plane.
   */
  public void fitToCodes() {
    PlaneData d = data.get();
    if (d != null) {
      view.set(
          org.latentlab.latent.Bounds.percentile(d.xs(), d.ys(), 0.2, 99.8)
              .padded(0.06)
              .fitAspect(aspect));
    }
  }

  /** Shows the data's home area again. */
  public void resetView() {
    if (data.get() != null) {
      view.set(data.get().home().fitAspect(aspect));
    }
  }

  /**
   * Tells the plane the shape of its plot area (width / height in pixels), so the view keeps equal
   * units per pixel on both axes: circles stay round, distances read the same in every direction.
   */
  public void setViewportAspect(double widthOverHeight) {
    if (!(widthOverHeight > 0) || Math.abs(widthOverHeight - aspect) < 1e-9) {
      return;
    }
    aspect = widthOverHeight;
    if (view.get() != null) {
      view.set(view.get().withAspect(aspect));
    }
  }

  /** The data point nearest (x, y) within half-axes (rx, ry) plane units, or -1. */
  int pointNear(double x, double y, double rx, double ry) {
    PlaneData d = data.get();
    return d == null ? -1 : d.index().nearest(x, y, rx, ry);
  }

  /** Shows an interpolation path (codes in order), or none for null. */
  public void setPath(float[][] codes) {
    path.set(codes);
  }

  /** The codes and their layout, null while loading. */
  public ReadOnlyObjectProperty<PlaneData> dataProperty() {
    return data.getReadOnlyProperty();
  }

  /** Which model the plane shows, in a few words ("mnist-vae · VAE · β = 1 · 2-D latent"). */
  public javafx.beans.property.ReadOnlyStringProperty modelProperty() {
    return model.getReadOnlyProperty();
  }

  /** The visible area of the plane (zoom and pan change it). */
  public ObjectProperty<Bounds> viewProperty() {
    return view;
  }

  /** The cursor's full latent code. */
  public ReadOnlyObjectProperty<float[]> cursorProperty() {
    return cursor.getReadOnlyProperty();
  }

  /** The latest decoded image of the cursor's code. */
  public ReadOnlyObjectProperty<DecodedImage> decodedProperty() {
    return decoded.getReadOnlyProperty();
  }

  /** The interpolation path to draw, or null. */
  public ReadOnlyObjectProperty<float[][]> pathProperty() {
    return path.getReadOnlyProperty();
  }

  /** One entry per latent dimension, replaced when new data arrives. */
  public ObservableList<LatentDimension> dimensions() {
    return dimensionsView;
  }

  /** Captures the model at request time so a later session switch cannot swap it mid-flight. */
  private record DecodeRequest(PlaneData data, float[] code) {
    float[] run() {
      return data.model().decode(code);
    }
  }
}
