package org.latentlab.ui.manifold;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.ManifoldGrid;
import org.latentlab.ui.fx.LatestWins;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneViewModel;

/**
 * The manifold view: each decoder run over an n × n grid of its plane's visible area (or, for the
 * VAE, the grid through the inverse Gaussian CDF). Recomputed while {@link #activeProperty()} is
 * true whenever the size, the mode or a plane's view changes.
 */
public final class ManifoldViewModel {
  /** Tiles per side unless the user changes it. */
  static final int DEFAULT_SIZE = 20;

  /** Fewest tiles per side. */
  static final int MIN_SIZE = 2;

  /** Most tiles per side. */
  static final int MAX_SIZE = 40;

  private final PlaneViewModel ae;
  private final PlaneViewModel vae;
  private final LatestWins<ManifoldMosaic> aeChannel;
  private final LatestWins<ManifoldMosaic> vaeChannel;
  private final IntegerProperty size = new SimpleIntegerProperty(this, "size", DEFAULT_SIZE);
  private final BooleanProperty gaussian = new SimpleBooleanProperty(this, "gaussian");
  private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
  private final ReadOnlyObjectWrapper<ManifoldMosaic> aeMosaic =
      new ReadOnlyObjectWrapper<>(this, "autoencoder");
  private final ReadOnlyObjectWrapper<ManifoldMosaic> vaeMosaic =
      new ReadOnlyObjectWrapper<>(this, "vae");

  public ManifoldViewModel(
      PlaneViewModel ae, PlaneViewModel vae, UiThreads threads, Consumer<Throwable> onError) {
    this.ae = ae;
    this.vae = vae;
    aeChannel = new LatestWins<>(threads, onError);
    vaeChannel = new LatestWins<>(threads, onError);
    ChangeListener<Object> refresh = (obs, was, now) -> refresh();
    size.addListener(refresh);
    gaussian.addListener(refresh);
    active.addListener(refresh);
    ae.viewProperty().addListener(refresh);
    vae.viewProperty().addListener(refresh);
    ae.dataProperty().addListener(refresh);
    vae.dataProperty().addListener(refresh);
  }

  /** Decodes both grids again (only while active). */
  void refresh() {
    if (!active.get()) {
      return;
    }
    int n = Math.max(MIN_SIZE, Math.min(MAX_SIZE, size.get()));
    submit(ae, aeChannel, aeMosaic, n, false);
    submit(vae, vaeChannel, vaeMosaic, n, gaussian.get());
  }

  private static void submit(
      PlaneViewModel plane,
      LatestWins<ManifoldMosaic> channel,
      ReadOnlyObjectWrapper<ManifoldMosaic> target,
      int n,
      boolean quantiles) {
    PlaneData d = plane.dataProperty().get();
    Bounds view = plane.viewProperty().get();
    if (d == null || view == null) {
      return;
    }
    ManifoldGrid grid = quantiles ? ManifoldGrid.gaussian(n) : ManifoldGrid.over(view, n);
    channel.submit(
        () ->
            new ManifoldMosaic(
                grid,
                quantiles ? null : view,
                d.model().decode(grid.codes(d.projection())),
                d.model().info().rows(),
                d.model().info().cols(),
                d.projection().xLabel(),
                d.projection().yLabel()),
        target::set);
  }

  /** Tiles per side (n). */
  public IntegerProperty sizeProperty() {
    return size;
  }

  /** Whether the VAE grid runs through the inverse Gaussian CDF over the unit square. */
  public BooleanProperty gaussianProperty() {
    return gaussian;
  }

  /** Whether the grid is on screen (the view sets it; nothing is decoded while false). */
  public BooleanProperty activeProperty() {
    return active;
  }

  /** The AE's mosaic, or null before the first refresh. */
  public ReadOnlyObjectProperty<ManifoldMosaic> autoencoderProperty() {
    return aeMosaic.getReadOnlyProperty();
  }

  /** The VAE's mosaic, or null before the first refresh. */
  public ReadOnlyObjectProperty<ManifoldMosaic> vaeProperty() {
    return vaeMosaic.getReadOnlyProperty();
  }
}
