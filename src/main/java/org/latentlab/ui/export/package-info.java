/**
 * Exports made for slides and notebooks: the interpolation, a training replay and the ε fan as
 * looping GIFs, and the plotted codes as CSV. Each animation computes its frames' data off the FX
 * thread and draws one fixed-size figure per frame; the files are written by {@link
 * org.latentlab.export}, which the CLI's {@code render --gif} and {@code export-codes} share.
 */
package org.latentlab.ui.export;
