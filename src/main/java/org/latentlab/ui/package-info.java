/**
 * JavaFX views (nodes only) and view models (state and commands, no nodes), one sub-package per
 * thing the lecture shows; the plumbing they share is in {@code ui.fx}.
 */
package org.latentlab.ui;
