/** DJL blocks for the autoencoder and the variational autoencoder, their specification, the offline engine set-up, and atomic load/save of model folders. */
package org.latentlab.model;
