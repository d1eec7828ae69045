/**
 * The "Draw" tab: a pad to draw a digit on (or an image file opened onto it), preprocessed as
 * MNIST's digits were and encoded live by both models, with their reconstructions, the ELBO terms
 * and the classifier's guess; both planes' cursors move to the codes.
 */
package org.latentlab.ui.drawing;
