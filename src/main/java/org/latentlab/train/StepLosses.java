package org.latentlab.train;

/**
 * The losses of an autoencoder's training step, in nats per image: one batch's means, or (for an
 * epoch) the mean of its steps' losses weighted by their batch sizes.
 *
 * @param reconstruction mean −log p(x|z)
 * @param kl mean KL(q(z|x) ‖ N(0, I)); 0 for an AE
 * @param total mean weighted objective, {@code w·reconstruction + β·KL}: what the step minimized
 */
public record StepLosses(double reconstruction, double kl, double total) {}
