/** The lecture's VAE math in plain Java: the posterior q(z|x) = N(μ, diag σ²), its closed-form KL to the prior, the ELBO's terms and the reparameterization z = μ + σ ⊙ ε. */
package org.latentlab.latent.vae;
