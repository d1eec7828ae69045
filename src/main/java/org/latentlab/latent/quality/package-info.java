/**
 * How good a latent space is, as plain math: holes, completeness, continuity, the classifier's view
 * of decodes, and samples judged against real images by k-NN balls (precision, recall, density,
 * coverage, class balance).
 */
package org.latentlab.latent.quality;
