/** An AutoCloseable handle over a loaded model: encode and decode plain float arrays; NDArrays never leave this package. */
package org.latentlab.inference;
