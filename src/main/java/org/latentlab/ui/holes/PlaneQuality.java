package org.latentlab.ui.holes;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.inference.classifier.ImageClassifier;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.quality.HoleMap;
import org.latentlab.latent.quality.LatentQuality;
import org.latentlab.latent.quality.QualityScores;
import org.latentlab.ui.fx.LatestWins;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.LabelledImages;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneViewModel;

/**
 * The hole map and the latent-quality scores of one plane. The map covers the plane's visible area
 * and is recomputed on request ({@link #refreshMap()}, e.g. when a zoom settles); the scores are
 * measured once per set of codes, on the displayed images, exactly as the {@code report} command
 * measures them.
 */
public final class PlaneQuality {
  private final PlaneViewModel plane;
  private final HoleMapViewModel owner;
  private final LatestWins<HoleMap> mapChannel;
  private final LatestWins<QualityScores> scoresChannel;
  private final ReadOnlyObjectWrapper<HoleMap> map = new ReadOnlyObjectWrapper<>(this, "map");
  private final ReadOnlyObjectWrapper<QualityScores> scores =
      new ReadOnlyObjectWrapper<>(this, "scores");
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
  private PlaneData scored;

  PlaneQuality(
      PlaneViewModel plane,
      HoleMapViewModel owner,
      UiThreads maps,
      UiThreads measuring,
      Consumer<Throwable> onError) {
    this.plane = plane;
    this.owner = owner;
    this.mapChannel = new LatestWins<>(maps, e -> failed(e, onError));
    this.scoresChannel = new LatestWins<>(measuring, e -> failed(e, onError));
    plane.dataProperty().addListener((obs, was, now) -> dataChanged());
  }

  private void failed(Throwable e, Consumer<Throwable> onError) {
    if (e instanceof HoleMapViewModel.NoClassifier missing) {
      note.set(missing.getMessage());
    } else {
      note.set("");
      onError.accept(e);
    }
  }

  private void dataChanged() {
    map.set(null);
    scores.set(null);
    scored = null;
    note.set("");
    refresh();
  }

  /** Computes what is missing while the hole map is shown: the map, and the scores once. */
  void refresh() {
    if (!owner.shownProperty().get() || plane.dataProperty().get() == null) {
      return;
    }
    refreshMap();
    PlaneData d = plane.dataProperty().get();
    LabelledImages images = owner.images();
    if (scored != d && images != null && images.count() == d.size()) {
      scored = d;
      note.set("Measuring\u2026");
      scoresChannel.submit(
          () -> {
            ImageClassifier c = owner.classifierFor(d);
            return ModelQuality.measure(
                    LatentQuality.standard(),
                    d.model(),
                    images.imageRows(0, images.count()),
                    d.codes(),
                    d.labels(),
                    c,
                    owner.realFor(d, images))
                .scores();
          },
          s -> {
            if (plane.dataProperty().get() == d) {
              scores.set(s);
              note.set("");
            }
          });
    }
  }

  /** Recomputes the hole map over the plane's current visible area (if the map is shown). */
  void refreshMap() {
    PlaneData d = plane.dataProperty().get();
    Bounds view = plane.viewProperty().get();
    LabelledImages images = owner.images();
    if (!owner.shownProperty().get() || d == null || view == null) {
      return;
    }
    boolean byManifold = owner.judgeProperty().get() == HoleJudge.MANIFOLD && images != null;
    mapChannel.submit(
        () -> {
          ImageClassifier c = owner.classifierFor(d);
          return HoleMap.compute(
              view,
              HoleMapViewModel.CELLS,
              d.projection(),
              d.model()::decode,
              c::probabilities,
              byManifold ? owner.realFor(d, images) : null,
              500);
        },
        m -> {
          if (plane.dataProperty().get() == d) {
            map.set(m);
          }
        });
  }

  /** The plane this belongs to. */
  PlaneViewModel plane() {
    return plane;
  }

  /** The latest hole map, or null (not shown, not computed yet, or no classifier). */
  ReadOnlyObjectProperty<HoleMap> mapProperty() {
    return map.getReadOnlyProperty();
  }

  /** The scores of the displayed images' codes, or null until measured. */
  ReadOnlyObjectProperty<QualityScores> scoresProperty() {
    return scores.getReadOnlyProperty();
  }

  /** "Measuring…", why there is no map, or empty. */
  ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }
}
