package org.latentlab.export;

import java.util.List;

/**
 * One model's codes of a set of images, as a latent plane plots them: the AE's z, the VAE's
 * posterior mean μ with its standard deviation σ.
 *
 * @param model the model's display name ("MNIST VAE", a folder's name)
 * @param variational whether the model is a VAE (then {@code sigmas} is given)
 * @param indices each row's image index in the data
 * @param labels each row's class (an index into {@code classNames})
 * @param classNames the data's class names
 * @param codes each row's code (z or μ)
 * @param sigmas each row's σ per dimension (VAE), or null (AE)
 */
public record CodeTable(
    String model,
    boolean variational,
    int[] indices,
    int[] labels,
    List<String> classNames,
    float[][] codes,
    float[][] sigmas) {

  /** Checks that every column has a value per row. */
  public CodeTable {
    int n = indices.length;
    if (labels.length != n || codes.length != n || (sigmas != null && sigmas.length != n)) {
      throw new IllegalArgumentException("a code table needs an index, label and code per row");
    }
    if (variational != (sigmas != null)) {
      throw new IllegalArgumentException("a VAE's table has σ, an AE's has none");
    }
    classNames = List.copyOf(classNames);
  }

  /** The number of rows. */
  public int size() {
    return indices.length;
  }

  /** The latent dimension (0 for an empty table). */
  public int latentDim() {
    return codes.length == 0 ? 0 : codes[0].length;
  }
}
