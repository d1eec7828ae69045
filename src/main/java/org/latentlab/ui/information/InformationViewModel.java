package org.latentlab.ui.information;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentlab.latent.info.Distribution;
import org.latentlab.latent.info.Gaussian;
import org.latentlab.latent.info.Units;

/** The "Information" tab's state: the unit shared by every number and the three panels. */
public final class InformationViewModel {
  private static final String LETTERS = "abcdefghijkl";
  private final ObjectProperty<Units> units = new SimpleObjectProperty<>(this, "units", Units.BITS);
  private final DiscreteViewModel discrete = new DiscreteViewModel(units);
  private final GaussiansViewModel gaussians = new GaussiansViewModel(units);
  private final KlFitViewModel fit = new KlFitViewModel();

  /** Bits or nats. */
  ObjectProperty<Units> unitsProperty() {
    return units;
  }

  DiscreteViewModel discrete() {
    return discrete;
  }

  GaussiansViewModel gaussians() {
    return gaussians;
  }

  KlFitViewModel fit() {
    return fit;
  }

  /** The names of the presets ("biased-coin", "sunrise-eclipse", …), comma-separated. */
  public static String presetNames() {
    return Presets.ids();
  }

  /**
   * Shows a preset pair p, q, or one given as weights (each list is divided by its sum). A list
   * left out comes from the preset when the numbers of outcomes agree, else it is uniform; with no
   * preset the base is the tab's first pair (the biased coin). Outcomes keep the preset's names
   * when their number agrees, else they are a, b, c, …
   *
   * @param preset a name from {@link #presetNames()}, or null
   * @param p the weights of p, or null
   * @param q the weights of q, or null
   * @throws IllegalArgumentException in one line, with nothing changed, for an unknown preset or
   *     weights that make no distribution
   */
  public void apply(String preset, List<Double> p, List<Double> q) {
    Presets base = preset == null ? Presets.BIASED_COIN : Presets.parse(preset);
    if (p != null && q != null && p.size() != q.size()) {
      throw new IllegalArgumentException(
          "p has " + p.size() + " outcomes but q has " + q.size() + "; give both the same number");
    }
    int n = p != null ? p.size() : q != null ? q.size() : base.names().size();
    if (n < Distribution.MIN_OUTCOMES || n > Distribution.MAX_OUTCOMES) {
      throw new IllegalArgumentException(
          "p and q need "
              + Distribution.MIN_OUTCOMES
              + " to "
              + Distribution.MAX_OUTCOMES
              + " outcomes, not "
              + n);
    }
    boolean sameOutcomes = n == base.names().size();
    List<String> names =
        sameOutcomes
            ? base.names()
            : LETTERS.substring(0, n).chars().mapToObj(c -> String.valueOf((char) c)).toList();
    Distribution pd = side("p", names, p, sameOutcomes ? base.p() : Distribution.uniform(names));
    Distribution qd = side("q", names, q, sameOutcomes ? base.q() : Distribution.uniform(names));
    discrete.show(pd, qd);
  }

  private static Distribution side(
      String symbol, List<String> names, List<Double> weights, Distribution otherwise) {
    if (weights == null) {
      return otherwise;
    }
    double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
    try {
      return Distribution.normalized(names, w);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(symbol + ": " + e.getMessage(), e);
    }
  }

  /**
   * What the tab shows, in the terms {@link #apply} takes: the preset whose outcomes are shown (or
   * null), and p and q only where they differ from it.
   */
  public Shown shown() {
    Distribution p = discrete.distribution(Side.P);
    Distribution q = discrete.distribution(Side.Q);
    Presets named = null;
    for (Presets preset : Presets.values()) {
      if (preset.names().equals(p.names())) {
        named = preset;
        break;
      }
    }
    Gaussian gp = gaussians.gaussian(Side.P);
    Gaussian gq = gaussians.gaussian(Side.Q);
    return new Shown(
        named == null ? null : named.id(),
        named != null && named.p().equals(p) ? null : boxed(p),
        named != null && named.q().equals(q) ? null : boxed(q),
        List.of(gp.mu(), gp.sigma(), gq.mu(), gq.sigma()));
  }

  /**
   * The tab's state as {@link #apply} and {@link #applyGaussians} take it.
   *
   * @param preset a preset's name, or null
   * @param p p's probabilities, or null for the preset's
   * @param q q's probabilities, or null for the preset's
   * @param gaussians μ₁, σ₁, μ₂, σ₂
   */
  public record Shown(String preset, List<Double> p, List<Double> q, List<Double> gaussians) {}

  private static List<Double> boxed(Distribution d) {
    return java.util.Arrays.stream(d.probabilities()).boxed().toList();
  }

  /**
   * Shows the Gaussians p = N(μ₁, σ₁²) and q = N(μ₂, σ₂²).
   *
   * @throws IllegalArgumentException in one line, with nothing changed, for a σ ≤ 0 or a number
   *     that is not finite
   */
  public void applyGaussians(double mu1, double sigma1, double mu2, double sigma2) {
    Gaussian p;
    Gaussian q;
    try {
      p = new Gaussian(mu1, sigma1);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("p: " + e.getMessage(), e);
    }
    try {
      q = new Gaussian(mu2, sigma2);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("q: " + e.getMessage(), e);
    }
    gaussians.show(p, q);
  }
}
