package org.latentlab.ui.holes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentlab.inference.classifier.ImageClassifier;
import org.latentlab.latent.quality.HeldOut;
import org.latentlab.ui.explorer.ExplorerSource;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.LabelledImages;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneViewModel;

/**
 * The hole maps of both planes and their latent-quality scores: whether they are shown, how cells
 * are coloured, and the classifiers that judge the decodes (one per data set, opened on first use
 * from the {@link ExplorerSource}, closed with the explorer).
 */
public final class HoleMapViewModel implements AutoCloseable {
  /** Cells per side of the map over the visible area. */
  static final int CELLS = 50;

  /**
   * The most plotted images whose k-NN balls judge samples and cells (taken evenly through the
   * set): N² distances, so 60,000 would take minutes where 10,000 take seconds.
   */
  static final int REAL_IMAGES = 10_000;

  private final ExplorerSource source;
  private final ReadOnlyObjectProperty<LabelledImages> images;
  private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
  private final BooleanProperty byClass = new SimpleBooleanProperty(this, "byClass");
  private final ObjectProperty<HoleJudge> judge =
      new SimpleObjectProperty<>(this, "judge", HoleJudge.CONFIDENCE);
  private final Map<String, HeldOut> real = new HashMap<>();
  private LabelledImages realImages;
  private final PlaneQuality autoencoder;
  private final PlaneQuality vae;
  private final Map<String, Optional<ImageClassifier>> classifiers = new HashMap<>();

  /** No classifier exists for the data a model was trained on. */
  static final class NoClassifier extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoClassifier(String message) {
      super(message);
    }
  }

  public HoleMapViewModel(
      PlaneViewModel ae,
      PlaneViewModel vae,
      ReadOnlyObjectProperty<LabelledImages> images,
      UiThreads maps,
      UiThreads measuring,
      ExplorerSource source,
      Consumer<Throwable> onError) {
    this.source = source;
    this.images = images;
    this.autoencoder = new PlaneQuality(ae, this, maps, measuring, onError);
    this.vae = new PlaneQuality(vae, this, maps, measuring, onError);
    shown.addListener(
        (obs, was, now) -> {
          autoencoder.refresh();
          this.vae.refresh();
        });
    judge.addListener(
        (obs, was, now) -> {
          autoencoder.refreshMap();
          this.vae.refreshMap();
        });
  }

  /**
   * The k-NN balls of the plotted images (up to {@value #REAL_IMAGES}) in the features of the
   * classifier for {@code d}'s data, built once per image set and data set (background thread).
   */
  public HeldOut realFor(PlaneData d, LabelledImages plotted) {
    String dataset = d.model().info().dataset();
    synchronized (this) {
      if (plotted != realImages) {
        real.clear();
        realImages = plotted;
      }
      HeldOut r = real.get(dataset);
      if (r != null) {
        return r;
      }
    }
    // Built without holding this object's lock: the model thread's hole maps and the classifier
    // stay available meanwhile (building takes seconds). Two threads may both build it once.
    int n = Math.min(REAL_IMAGES, plotted.count());
    float[][] images = new float[n][];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      int at = (int) ((long) i * plotted.count() / n);
      images[i] = plotted.image(at);
      labels[i] = plotted.label(at);
    }
    HeldOut built = ModelQuality.heldOut(images, labels, classifierFor(d));
    synchronized (this) {
      if (plotted == realImages) {
        real.putIfAbsent(dataset, built);
        return real.get(dataset);
      }
      return built;
    }
  }

  /** The classifier for the data {@code d}'s model was trained on (background thread). */
  public synchronized ImageClassifier classifierFor(PlaneData d) {
    String dataset = d.model().info().dataset();
    Optional<ImageClassifier> c = classifiers.get(dataset);
    if (c == null) {
      try {
        c = source.openClassifier(dataset);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      classifiers.put(dataset, c);
    }
    return c.orElseThrow(
        () -> new NoClassifier("No classifier for \u2018" + dataset + "\u2019 data: no hole map"));
  }

  /** The images on screen (their codes are the planes' points). */
  LabelledImages images() {
    return images.get();
  }

  /** Whether the hole maps are drawn and the scores shown. */
  public BooleanProperty shownProperty() {
    return shown;
  }

  /** Whether cells take their predicted class's colour (else: confidence only). */
  BooleanProperty byClassProperty() {
    return byClass;
  }

  /** Whether a hole is a cell the classifier doubts or one off the real images' manifold. */
  public ObjectProperty<HoleJudge> judgeProperty() {
    return judge;
  }

  /** The left plane's map and scores. */
  PlaneQuality autoencoder() {
    return autoencoder;
  }

  /** The right plane's map and scores. */
  PlaneQuality vae() {
    return vae;
  }

  /** The map and scores of {@code plane}. */
  public PlaneQuality of(PlaneViewModel plane) {
    return autoencoder.plane() == plane ? autoencoder : vae;
  }

  /** Closes the classifiers. */
  @Override
  public synchronized void close() {
    classifiers.values().forEach(c -> c.ifPresent(ImageClassifier::close));
    classifiers.clear();
    real.clear();
  }
}
