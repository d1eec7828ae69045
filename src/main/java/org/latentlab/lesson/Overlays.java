package org.latentlab.lesson;

/**
 * What a scene draws over the planes.
 *
 * @param holeMap the hole map (decodes the classifier cannot name) on both planes
 * @param epsilonSamples K, the fan of decodes of z = μ + σ ⊙ ε for the selected image (0 = none)
 * @param priorSamples images decoded from z ~ N(0, I) (0 = none)
 * @param seed the seed of every random draw in the scene, so it shows the same samples each time
 */
public record Overlays(boolean holeMap, int epsilonSamples, int priorSamples, long seed) {
  /** Nothing drawn over the planes. */
  public static final Overlays NONE = new Overlays(false, 0, 0, 1);

  /** The most samples a scene may ask for. */
  public static final int MAX_SAMPLES = 64;

  /** Checks the counts. */
  public Overlays {
    if (epsilonSamples < 0 || epsilonSamples > MAX_SAMPLES) {
      throw new IllegalArgumentException(
          "'epsilonSamples' must be between 0 and " + MAX_SAMPLES + ", not " + epsilonSamples);
    }
    if (priorSamples < 0 || priorSamples > MAX_SAMPLES) {
      throw new IllegalArgumentException(
          "'priorSamples' must be between 0 and " + MAX_SAMPLES + ", not " + priorSamples);
    }
  }
}
