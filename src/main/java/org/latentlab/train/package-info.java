/** Training (DJL Trainer, Adam), the ELBO and its terms, progress events, cancellation and evaluation. */
package org.latentlab.train;
