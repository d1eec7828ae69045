/**
 * The "Other autoencoders" tab: the lecture's denoising autoencoder (noise slider, noisy input, DAE
 * and plain AE outputs) and sparse autoencoder (hidden activations as a strip, fraction active)
 * beside the plain autoencoder.
 */
package org.latentlab.ui.kinds;
