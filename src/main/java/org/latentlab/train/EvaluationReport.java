package org.latentlab.train;

import org.latentlab.model.ModelKind;

/**
 * Mean per-image test losses in nats.
 *
 * @param kind AE or VAE
 * @param latentDim latent dimension
 * @param images images evaluated
 * @param reconstruction mean BCE of decoding z (AE) or μ (VAE)
 * @param kl mean KL(q(z|x) ‖ N(0, I)); null for an AE
 * @param negElbo mean −ELBO with z = μ in the reconstruction term; null for an AE
 * @param negElbo1Sample mean −ELBO with one z ~ q(z|x); null for an AE
 */
public record EvaluationReport(
    ModelKind kind,
    int latentDim,
    int images,
    double reconstruction,
    Double kl,
    Double negElbo,
    Double negElbo1Sample) {}
