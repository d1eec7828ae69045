package org.latentlab.ui.information;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.latentlab.latent.info.Distribution;

/** Ready-made pairs p, q for the lecture's examples. */
enum Presets {
  FAIR_COIN("Fair coin", List.of("heads", "tails"), new double[] {1, 1}, new double[] {1, 1}),
  BIASED_COIN("Biased coin", List.of("heads", "tails"), new double[] {9, 1}, new double[] {1, 1}),
  FAIR_DIE("Fair die", die(), new double[] {1, 1, 1, 1, 1, 1}, new double[] {5, 1, 1, 1, 1, 1}),
  LOADED_DIE("Loaded die", die(), new double[] {5, 1, 1, 1, 1, 1}, new double[] {1, 1, 1, 1, 1, 1}),
  UNIFORM_VS_PEAKED(
      "Uniform vs peaked",
      List.of("a", "b", "c", "d", "e", "f", "g", "h"),
      new double[] {1, 1, 1, 1, 1, 1, 1, 1},
      new double[] {13, 1, 1, 1, 1, 1, 1, 1}),
  /**
   * The notes' example: the sun rises (p = 99/100, almost no information) or there is a solar
   * eclipse (p = 1/100, 6.64 bits); q is a receiver who never expects an eclipse.
   */
  SUNRISE_ECLIPSE(
      "Sunrise / eclipse",
      List.of("sun rises in the east", "solar eclipse"),
      new double[] {99, 1},
      new double[] {1, 0});

  private final String label;
  private final List<String> names;
  private final double[] p;
  private final double[] q;

  Presets(String label, List<String> names, double[] p, double[] q) {
    this.label = label;
    this.names = names;
    this.p = p;
    this.q = q;
  }

  private static List<String> die() {
    return List.of("1", "2", "3", "4", "5", "6");
  }

  String label() {
    return label;
  }

  /** The name a lesson file or the render command uses: "biased-coin", "sunrise-eclipse", … */
  String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The preset named {@code id}, or an exception whose one line lists the names there are. */
  static Presets parse(String id) {
    for (Presets p : values()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no preset '" + id + "'; use one of " + ids());
  }

  /** Every preset's name, in the order the tab shows them. */
  static String ids() {
    return Arrays.stream(values()).map(Presets::id).collect(Collectors.joining(", "));
  }

  /** The outcomes' names. */
  List<String> names() {
    return names;
  }

  Distribution p() {
    return Distribution.normalized(names, p);
  }

  Distribution q() {
    return Distribution.normalized(names, q);
  }
}
