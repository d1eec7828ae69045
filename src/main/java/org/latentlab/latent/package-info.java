/** Plain math on latent codes: bounds, grids, interpolation, PCA, metrics. Depends on nothing else in LatentLab. */
package org.latentlab.latent;
