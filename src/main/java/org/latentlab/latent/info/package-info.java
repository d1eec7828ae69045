/**
 * The lecture's information theory in plain Java: information content −log p(x), Shannon entropy
 * H(p), cross-entropy H(p, q) and KL divergence KL(p ‖ q) of discrete distributions ({@link
 * org.latentlab.latent.info.Entropy}), the Huffman code a sender and receiver would agree on
 * ({@link org.latentlab.latent.info.HuffmanCode}), the KL between two Gaussians in closed form and
 * by integration ({@link org.latentlab.latent.info.GaussianDivergence}), and the fit of one
 * Gaussian to a bimodal mixture by forward or reverse KL ({@link org.latentlab.latent.info.KlFit}).
 * Everything is computed in nats; {@link org.latentlab.latent.info.Units} converts to bits.
 */
package org.latentlab.latent.info;
