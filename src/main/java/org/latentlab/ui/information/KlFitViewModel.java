package org.latentlab.ui.information;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.latentlab.latent.info.Gaussian;
import org.latentlab.latent.info.KlFit;
import org.latentlab.latent.info.Mixture;

/**
 * One Gaussian q fitted to a two-mode p twice, from the same start: by forward KL(p ‖ q) and by
 * reverse KL(q ‖ p), both advanced together by {@link #step()}; moving a mode restarts both.
 */
final class KlFitViewModel {
  /** The mixture's five settings. */
  enum Setting {
    MU_A("\u03bc\u2081", -4, 4),
    SIGMA_A("\u03c3\u2081", 0.2, 2),
    MU_B("\u03bc\u2082", -4, 4),
    SIGMA_B("\u03c3\u2082", 0.2, 2),
    WEIGHT("w\u2081", 0.05, 0.95);

    final String symbol;
    final double min;
    final double max;

    Setting(String symbol, double min, double max) {
      this.symbol = symbol;
      this.min = min;
      this.max = max;
    }
  }

  private final ReadOnlyObjectWrapper<Mixture> target =
      new ReadOnlyObjectWrapper<>(
          this, "target", new Mixture(new Gaussian(-2, 0.7), new Gaussian(2, 0.8), 0.45));
  private final ReadOnlyObjectWrapper<KlFit.State> forward =
      new ReadOnlyObjectWrapper<>(this, "forward");
  private final ReadOnlyObjectWrapper<KlFit.State> reverse =
      new ReadOnlyObjectWrapper<>(this, "reverse");
  private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
  private KlFit forwardFit;
  private KlFit reverseFit;

  KlFitViewModel() {
    reset();
  }

  ReadOnlyObjectProperty<Mixture> targetProperty() {
    return target.getReadOnlyProperty();
  }

  /** The fit by KL(p ‖ q). */
  ReadOnlyObjectProperty<KlFit.State> forwardProperty() {
    return forward.getReadOnlyProperty();
  }

  /** The fit by KL(q ‖ p). */
  ReadOnlyObjectProperty<KlFit.State> reverseProperty() {
    return reverse.getReadOnlyProperty();
  }

  /** Whether the animation advances on its own; it stops when both fits have converged. */
  BooleanProperty playingProperty() {
    return playing;
  }

  /** The value of one of the mixture's settings. */
  double value(Setting s) {
    Mixture m = target.get();
    return switch (s) {
      case MU_A -> m.a().mu();
      case SIGMA_A -> m.a().sigma();
      case MU_B -> m.b().mu();
      case SIGMA_B -> m.b().sigma();
      case WEIGHT -> m.weightA();
    };
  }

  /** Moves one setting (clamped to its range) and restarts both fits. */
  void set(Setting s, double value) {
    double v = Math.max(s.min, Math.min(s.max, value));
    Mixture m = target.get();
    Gaussian a = m.a();
    Gaussian b = m.b();
    double w = m.weightA();
    switch (s) {
      case MU_A -> a = new Gaussian(v, a.sigma());
      case SIGMA_A -> a = new Gaussian(a.mu(), v);
      case MU_B -> b = new Gaussian(v, b.sigma());
      case SIGMA_B -> b = new Gaussian(b.mu(), v);
      case WEIGHT -> w = v;
    }
    target.set(new Mixture(a, b, w));
    reset();
  }

  /** Both fits back to the start. */
  void reset() {
    Mixture p = target.get();
    Gaussian start = KlFit.defaultStart(p);
    forwardFit = new KlFit(p, KlFit.Direction.FORWARD, start);
    reverseFit = new KlFit(p, KlFit.Direction.REVERSE, start);
    forward.set(forwardFit.state());
    reverse.set(reverseFit.state());
  }

  /** One gradient step of each fit; stops playing once both have converged. */
  void step() {
    forward.set(forwardFit.step());
    reverse.set(reverseFit.step());
    if (done()) {
      playing.set(false);
    }
  }

  /** Whether both fits have converged. */
  boolean done() {
    return forward.get().converged() && reverse.get().converged();
  }

  /** Play, or pause if playing; playing a finished fit starts it again. */
  void togglePlay() {
    if (!playing.get() && done()) {
      reset();
    }
    playing.set(!playing.get());
  }
}
