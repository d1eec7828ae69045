/**
 * Holes in the latent space: the hole map drawn over a plane, and the quality scores (holes,
 * completeness, continuity) shown as badges and figures.
 */
package org.latentlab.ui.holes;
