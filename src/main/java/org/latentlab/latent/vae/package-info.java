/**
 * The lecture's VAE math in plain Java, each formula once: the posterior q(z|x) = N(μ, diag σ²)
 * ({@link org.latentlab.latent.vae.Posterior}), its closed-form KL to the prior ({@link
 * org.latentlab.latent.vae.GaussianKl}), the ELBO's terms ({@link
 * org.latentlab.latent.vae.ElboTerms}) and the reparameterization z = μ + σ ⊙ ε ({@link
 * org.latentlab.latent.vae.Reparameterization}). The tensor versions that train the model are in
 * {@code org.latentlab.model}.
 */
package org.latentlab.latent.vae;
