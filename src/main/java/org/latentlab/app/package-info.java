/** Entry points: the JavaFX application and the main class that routes to the CLI or the GUI. */
package org.latentlab.app;
