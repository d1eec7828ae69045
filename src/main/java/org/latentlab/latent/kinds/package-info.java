/**
 * The lecture's other autoencoders in plain Java: how a denoising autoencoder corrupts its input
 * ({@link org.latentlab.latent.kinds.Corruption}), how a sparse autoencoder is penalized ({@link
 * org.latentlab.latent.kinds.Sparsity}) and how sparse a code is ({@link
 * org.latentlab.latent.kinds.HiddenActivity}). The penalties on tensors are in {@code
 * org.latentlab.model.Elbo}, with every kind's loss.
 */
package org.latentlab.latent.kinds;
