/** Training (DJL Trainer, Adam) of autoencoders, VAEs and classifiers, the ELBO and its terms, progress events, cancellation and evaluation. */
package org.latentlab.train;
