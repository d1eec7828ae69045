/**
 * Training of autoencoders, VAEs and classifiers: one {@link org.latentlab.train.BatchLoop} with
 * progress, cancellation, divergence and observation as listeners; the ELBO as a DJL loss; the
 * train-and-save service the CLI and the window share ({@link org.latentlab.train.ModelTraining});
 * and evaluation on held-out images.
 */
package org.latentlab.train;
