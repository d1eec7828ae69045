/**
 * The "Information" tab, the lecture's first third: two discrete distributions p and q with their
 * entropies, cross-entropies and KL divergences live as the bars are dragged; the Huffman code of p
 * and its average message length under p and under q; two Gaussians with their KL in closed form
 * and by integration (the VAE's per-dimension term when q = N(0, 1)); and one Gaussian fitted to
 * two modes by forward and by reverse KL, step by step. The math is {@code
 * org.latentlab.latent.info}.
 */
package org.latentlab.ui.information;
