/** Picocli commands, each a thin wrapper over a service that returns a result. */
package org.latentlab.cli;
