/** JavaFX views (nodes only) and view models (state and commands, no nodes). */
package org.latentlab.ui;
