/**
 * A drawn or opened digit made to look like MNIST's: the ink's bounding box scaled to 20 × 20 with
 * anti-aliased grey levels and centred by its centre of mass in 28 × 28 ({@link
 * org.latentlab.latent.draw.MnistPreprocess}). Plain Java: the pad and the image files are read in
 * {@code org.latentlab.ui.drawing}.
 */
package org.latentlab.latent.draw;
