package org.latentlab.latent.quality;

/**
 * How generated images compare with real ones in some space, by k-nearest-neighbour balls ({@link
 * KnnManifold}, k = 3 in LatentLab). Realism and coverage, the two claims the lecture makes about
 * sampling a latent space, measured the way generative-model research measures them:
 *
 * <ul>
 *   <li><b>precision</b>: the fraction of generated samples inside the real images' manifold (some
 *       real image's ball). Low: the decoder makes things no real image looks like.
 *   <li><b>recall</b>: the fraction of real images inside the generated samples' manifold. Low:
 *       whole kinds of real images are never generated. (Both: Kynkäänniemi et al., NeurIPS 2019.)
 *   <li><b>density</b>: (1 / kM) Σ over samples of the number of real balls containing it; about 1
 *       when samples are distributed like the real images, above 1 when they crowd where real
 *       images are dense.
 *   <li><b>coverage</b>: the fraction of real images whose ball contains at least one sample.
 *       (Both: Naeem et al., "Reliable Fidelity and Diversity Metrics for Generative Models", ICML
 *       2020; robust to outliers where precision and recall are not.)
 * </ul>
 *
 * @param precision fraction of samples on the real manifold, in [0, 1]
 * @param recall fraction of real images on the samples' manifold, in [0, 1]
 * @param density mean number of real balls per sample over k, ≥ 0
 * @param coverage fraction of real balls holding a sample, in [0, 1]
 */
public record ManifoldScores(double precision, double recall, double density, double coverage) {}
