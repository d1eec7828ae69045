package org.latentlab.ui.holes;

/**
 * What makes a hole-map cell a hole: the classifier's doubt about the image decoded there, or that
 * image lying off the real images' manifold (outside every real image's k-NN ball in the
 * classifier's feature space), which also catches crisp decodes that look like no real digit.
 */
public enum HoleJudge {
  /** A hole: the classifier's confidence in the decode is below 0.5. */
  CONFIDENCE("by confidence"),

  /** A hole: the decode is outside every plotted image's k-NN ball (k = 3) in feature space. */
  MANIFOLD("off manifold");

  private final String label;

  HoleJudge(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
