/**
 * What every feature of the window shares: background and FX threads, latest-wins requests,
 * throttled updates, dialogs, PNG export, pixel images, the theme and the class palette.
 */
package org.latentlab.ui.fx;
