/**
 * How a failure is said to the user: one line, the same in the CLI and the window. Plain Java, so
 * every layer may use it.
 */
package org.latentlab.error;
