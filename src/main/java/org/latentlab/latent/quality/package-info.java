/**
 * How good a latent space is, as plain math: holes, completeness, continuity, the classifier's view
 * of decodes.
 */
package org.latentlab.latent.quality;
