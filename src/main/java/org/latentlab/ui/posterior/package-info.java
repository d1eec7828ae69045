/**
 * Inside the VAE: the selected image's posterior N(μ, σ²), the reparameterization z = μ + σ ⊙ ε as
 * a fan of decodes, the ELBO's two terms, and samples from the prior.
 */
package org.latentlab.ui.posterior;
