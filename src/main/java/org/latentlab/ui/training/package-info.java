/**
 * The Train tab: the form, a run with its live plane and loss charts, and the replay of its
 * recorded snapshots.
 */
package org.latentlab.ui.training;
