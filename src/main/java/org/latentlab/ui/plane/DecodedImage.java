package org.latentlab.ui.plane;

/**
 * What a decoder made of one latent point.
 *
 * @param code the latent code that was decoded
 * @param pixels {@code rows * cols} pixel probabilities in [0, 1]
 * @param rows image height
 * @param cols image width
 */
public record DecodedImage(float[] code, float[] pixels, int rows, int cols) {}
