package org.latentlab.ui.lesson;

import java.util.List;
import org.latentlab.lesson.InformationSetup;
import org.latentlab.ui.information.InformationViewModel;

/** Sets the "Information" tab up as a scene says. */
@FunctionalInterface
public interface InformationStage {
  /**
   * Shows {@code setup} on the tab.
   *
   * @throws IllegalArgumentException in one line, with the tab unchanged, for an unknown preset or
   *     weights that make no distribution
   */
  void show(InformationSetup setup);

  /** The stage that sets up {@code tab}: its distributions, then its Gaussians if given. */
  static InformationStage of(InformationViewModel tab) {
    return setup -> {
      tab.apply(setup.preset(), setup.p(), setup.q());
      List<Double> g = setup.gaussians();
      if (g != null) {
        tab.applyGaussians(g.get(0), g.get(1), g.get(2), g.get(3));
      }
    };
  }
}
