/**
 * Image data sets: IDX reading and validation, the bundled MNIST asset, Fashion-MNIST and DJL
 * dataset sources. No DJL training code, no JavaFX.
 */
package org.latentlab.data;
