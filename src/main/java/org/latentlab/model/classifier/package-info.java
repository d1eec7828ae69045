/**
 * The digit classifier that scores latent spaces: its network, cross-entropy loss and model files.
 */
package org.latentlab.model.classifier;
