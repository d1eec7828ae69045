/**
 * The benchmark: training against the PyTorch reference in the same run, decoding, and the window's
 * latency, start-up and memory, measured in child JVMs.
 */
package org.latentlab.app.bench;
