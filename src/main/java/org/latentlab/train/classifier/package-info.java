/** Training and evaluating the classifier that scores latent spaces. */
package org.latentlab.train.classifier;
