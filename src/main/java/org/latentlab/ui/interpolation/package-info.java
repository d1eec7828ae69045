/**
 * Interpolation A → B: decoding the path between two selected codes in both models as film strips.
 */
package org.latentlab.ui.interpolation;
