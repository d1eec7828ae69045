package org.latentlab.ui.lesson;

import java.util.List;
import org.latentlab.lesson.InformationSetup;
import org.latentlab.ui.information.InformationViewModel;

/** Sets the "Information" tab up as a scene says, and says how it is set up now. */
public interface InformationStage {
  /** A stage with no tab behind it: scenes leave nothing there, and capture nothing. */
  InformationStage NONE =
      new InformationStage() {
        @Override
        public void show(InformationSetup setup) {}

        @Override
        public InformationSetup current() {
          return null;
        }
      };

  /**
   * Shows {@code setup} on the tab.
   *
   * @throws IllegalArgumentException in one line, with the tab unchanged, for an unknown preset or
   *     weights that make no distribution
   */
  void show(InformationSetup setup);

  /** What the tab shows now, for a scene made from it; null for none. */
  InformationSetup current();

  /** The stage that sets up {@code tab}: its distributions, then its Gaussians if given. */
  static InformationStage of(InformationViewModel tab) {
    return new InformationStage() {
      @Override
      public void show(InformationSetup setup) {
        tab.apply(setup.preset(), setup.p(), setup.q());
        List<Double> g = setup.gaussians();
        if (g != null) {
          tab.applyGaussians(g.get(0), g.get(1), g.get(2), g.get(3));
        }
      }

      @Override
      public InformationSetup current() {
        InformationViewModel.Shown s = tab.shown();
        return new InformationSetup(s.preset(), s.p(), s.q(), s.gaussians());
      }
    };
  }
}
