/**
 * A latent plane: the scatter of codes coloured by class, its canvas and renderer, the cursor, the
 * sliders per latent dimension, hover, and the layers drawn over the points.
 */
package org.latentlab.ui.plane;
