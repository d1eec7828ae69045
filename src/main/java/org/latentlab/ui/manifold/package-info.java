/**
 * The Manifold grid tab: each model's decoder evaluated on a regular grid of the visible latent
 * area.
 */
package org.latentlab.ui.manifold;
