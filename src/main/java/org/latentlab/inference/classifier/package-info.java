/** A loaded classifier as plain Java: images in, class probabilities out. */
package org.latentlab.inference.classifier;
