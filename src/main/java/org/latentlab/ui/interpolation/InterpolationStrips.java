package org.latentlab.ui.interpolation;

import java.util.List;

/**
 * The decodes along the path between two selected images, one film strip per model.
 *
 * @param from the first endpoint's image index, or {@link InterpolationViewModel#DRAWN} for a digit
 *     drawn on the pad
 * @param to the second endpoint's image index, or {@link InterpolationViewModel#DRAWN}
 * @param autoencoder the AE's decodes along its straight path
 * @param vae the VAE's decodes along its path (straight or spherical)
 * @param rows image height
 * @param cols image width
 */
public record InterpolationStrips(
    int from, int to, List<float[]> autoencoder, List<float[]> vae, int rows, int cols) {

  /** Frames per strip. */
  public int steps() {
    return autoencoder.size();
  }
}
