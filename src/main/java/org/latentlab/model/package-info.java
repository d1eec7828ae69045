/** DJL blocks for the autoencoder, the variational autoencoder and the image classifier, their specifications and losses, the offline engine set-up, and atomic load/save of model folders. */
package org.latentlab.model;
