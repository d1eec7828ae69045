package org.latentlab.lesson;

import java.util.List;

/**
 * What a scene shows on the "Information" tab: a preset pair p, q (or weights for them) and
 * optionally the two Gaussians.
 *
 * @param preset the preset's name ("sunrise-eclipse", "biased-coin", …), or null for the tab's
 *     first pair; the window checks the name when it shows the scene
 * @param p weights of p (divided by their sum), or null for the preset's
 * @param q weights of q, or null for the preset's
 * @param gaussians μ₁, σ₁, μ₂, σ₂ of p = N(μ₁, σ₁²) and q = N(μ₂, σ₂²), or null to leave them
 */
public record InformationSetup(
    String preset, List<Double> p, List<Double> q, List<Double> gaussians) {

  /** Checks the shapes, with messages that name the lesson file's field. */
  public InformationSetup {
    if (preset != null && preset.isBlank()) {
      throw new IllegalArgumentException("'information.preset' is empty");
    }
    p = weights(p, "p");
    q = weights(q, "q");
    if (p != null && q != null && p.size() != q.size()) {
      throw new IllegalArgumentException(
          "'information.p' has "
              + p.size()
              + " weights but 'information.q' has "
              + q.size()
              + "; give both the same number");
    }
    if (gaussians != null) {
      gaussians = List.copyOf(gaussians);
      if (gaussians.size() != 4 || !gaussians.stream().allMatch(Double::isFinite)) {
        throw new IllegalArgumentException(
            "'information.gaussians' needs four finite numbers: \u03bc\u2081, \u03c3\u2081,"
                + " \u03bc\u2082, \u03c3\u2082");
      }
      if (!(gaussians.get(1) > 0 && gaussians.get(3) > 0)) {
        throw new IllegalArgumentException(
            "'information.gaussians' needs \u03c3\u2081 and \u03c3\u2082 above 0");
      }
    }
  }

  /** The eclipse example, and the like: a preset alone. */
  public static InformationSetup preset(String name) {
    return new InformationSetup(name, null, null, null);
  }

  private static List<Double> weights(List<Double> w, String name) {
    if (w == null) {
      return null;
    }
    w = List.copyOf(w);
    if (w.size() < 2 || w.size() > 12) {
      throw new IllegalArgumentException(
          "'information." + name + "' needs 2 to 12 weights, not " + w.size());
    }
    double sum = 0;
    for (double v : w) {
      if (!Double.isFinite(v) || v < 0) {
        throw new IllegalArgumentException(
            "'information." + name + "' needs weights \u2265 0, not " + v);
      }
      sum += v;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException(
          "'information." + name + "' needs at least one weight above 0");
    }
    return w;
  }
}
