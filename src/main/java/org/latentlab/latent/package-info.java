/**
 * Plain math on latent codes: bounds, grids, interpolation, PCA, and the latent-quality metrics
 * (completeness, hole map, continuity). Depends on nothing else in LatentLab.
 */
package org.latentlab.latent;
