/**
 * Files made for slides and notebooks, written the same way by the window and the CLI: animated
 * GIFs ({@link org.latentlab.export.AnimatedGif}), the plotted codes as CSV ({@link
 * org.latentlab.export.CodesCsv}), and the write-to-a-sibling-then-rename rule every export follows
 * ({@link org.latentlab.export.AtomicFiles}). Plain Java and {@code javax.imageio}: no JavaFX, no
 * DJL.
 */
package org.latentlab.export;
