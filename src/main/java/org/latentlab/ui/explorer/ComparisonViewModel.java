package org.latentlab.ui.explorer;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.latentlab.ui.fx.LatestWins;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.LabelledImages;
import org.latentlab.ui.plane.PlaneData;

/** "Same input, two models": reconstructs a selected image with both models, in the background. */
public final class ComparisonViewModel {
  private final LatestWins<Comparison> channel;
  private final ReadOnlyObjectWrapper<Comparison> comparison =
      new ReadOnlyObjectWrapper<>(this, "comparison");

  ComparisonViewModel(UiThreads threads, Consumer<Throwable> onError) {
    channel = new LatestWins<>(threads, onError);
  }

  /** Reconstructs image {@code index} with both models. */
  void show(LabelledImages images, PlaneData ae, PlaneData vae, int index) {
    float[] input = images.image(index);
    int label = images.label(index);
    String name = images.classNames().get(label);
    channel.submit(
        () -> {
          float[][] batch = {input};
          return new Comparison(
              index,
              label,
              name,
              input,
              ae.model().decode(ae.codes()[index]),
              vae.model().decode(vae.codes()[index]),
              ae.model().reconstructionLoss(batch)[0],
              vae.model().reconstructionLoss(batch)[0],
              images.rows(),
              images.cols());
        },
        comparison::set);
  }

  /** Forgets the selection. */
  void clear() {
    channel.submit(() -> null, comparison::set);
  }

  /** The current comparison, or null when nothing is selected. */
  public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
    return comparison.getReadOnlyProperty();
  }
}
