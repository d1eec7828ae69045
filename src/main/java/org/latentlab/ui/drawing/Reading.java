package org.latentlab.ui.drawing;

import org.latentlab.latent.vae.ElboTerms;
import org.latentlab.latent.vae.Posterior;

/**
 * What both models make of the drawing.
 *
 * @param input the preprocessed 28 × 28 digit the models see
 * @param aeCode the autoencoder's code z
 * @param vae the VAE's posterior q(z|x) = N(μ, diag σ²)
 * @param aeReconstruction the AE's decode of its code
 * @param vaeReconstruction the VAE's decode of μ
 * @param aeTerms the AE's reconstruction loss (no KL)
 * @param vaeTerms the VAE's reconstruction and KL terms
 * @param guess the classifier's verdict, or null when there is no classifier for the data
 */
public record Reading(
    float[] input,
    float[] aeCode,
    Posterior vae,
    float[] aeReconstruction,
    float[] vaeReconstruction,
    ElboTerms aeTerms,
    ElboTerms vaeTerms,
    Guess guess) {

  /**
   * The classifier's most probable class.
   *
   * @param label the class's name
   * @param confidence its probability
   */
  public record Guess(String label, double confidence) {}
}
