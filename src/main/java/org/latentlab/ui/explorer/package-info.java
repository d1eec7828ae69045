/**
 * The Latent space tab: the two linked planes side by side, the toolbar, the legend, the same input
 * through both models, and the session that is open.
 */
package org.latentlab.ui.explorer;
