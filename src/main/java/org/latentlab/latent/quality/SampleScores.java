package org.latentlab.latent.quality;

/**
 * How samples drawn in a latent space and decoded compare with held-out real images ({@link
 * HeldOut#score}).
 *
 * @param features precision, recall, density and coverage in the classifier's penultimate-layer
 *     feature space (the primary opinion)
 * @param pixels the same in pixel space (a second opinion that needs no classifier)
 * @param balance the samples' class histogram and its KL from the held-out classes
 */
public record SampleScores(ManifoldScores features, ManifoldScores pixels, ClassBalance balance) {}
