/**
 * AutoCloseable handles over loaded models: encode, decode and classify plain float arrays;
 * NDArrays never leave this package.
 */
package org.latentlab.inference;
