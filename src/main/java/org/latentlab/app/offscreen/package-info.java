/**
 * Commands that draw the window's views off-screen: {@code render} (figures) and {@code report}
 * (quality scores and figure).
 */
package org.latentlab.app.offscreen;
