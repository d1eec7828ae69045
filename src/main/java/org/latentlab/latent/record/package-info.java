/**
 * Recorded training runs: the settings, losses and snapshots of the watched codes of one run, in a
 * small gzip'd binary file ({@code .llrun}) that the Train tab and the lessons replay without
 * training. Plain Java, so the window, the CLI that records a run and the tests all read the same
 * format.
 */
package org.latentlab.latent.record;
