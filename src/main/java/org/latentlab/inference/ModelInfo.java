package org.latentlab.inference;

import java.util.List;

/**
 * What a loaded model is, in plain Java, for views and reports.
 *
 * @param name a short display name ("MNIST VAE")
 * @param variational true for a VAE (the encoder gives a posterior), false for a plain AE
 * @param latentDim the size of a latent code
 * @param rows image height
 * @param cols image width
 * @param hidden the encoder's hidden layer sizes (the decoder mirrors them)
 * @param beta the KL weight it was trained with (0 for an AE)
 * @param klOnly whether it was trained on the KL term alone (reconstruction weight 0)
 * @param dataset the data set it was trained on ("mnist", "fashion", a folder)
 * @param classNames the class names of that data set
 * @param kind "ae", "vae", "dae" (denoising) or "sae" (sparse)
 * @param regularizer a DAE's noise ("gaussian:0.5") or an SAE's penalty ("kl:0.05"), else null
 */
public record ModelInfo(
    String name,
    boolean variational,
    int latentDim,
    int rows,
    int cols,
    List<Integer> hidden,
    double beta,
    boolean klOnly,
    String dataset,
    List<String> classNames,
    String kind,
    String regularizer) {

  /** An AE or a VAE, as {@code variational} says. */
  public ModelInfo(
      String name,
      boolean variational,
      int latentDim,
      int rows,
      int cols,
      List<Integer> hidden,
      double beta,
      boolean klOnly,
      String dataset,
      List<String> classNames) {
    this(
        name,
        variational,
        latentDim,
        rows,
        cols,
        hidden,
        beta,
        klOnly,
        dataset,
        classNames,
        variational ? "vae" : "ae",
        null);
  }

  /** Pixels per image. */
  public int pixels() {
    return rows * cols;
  }

  /**
   * The model in a few words, for the plane's title: "mnist-vae · VAE · β = 1 · 2-D latent",
   * "my-run · VAE · KL only · 2-D latent", "mnist-ae · AE · 2-D latent", "mnist-dae · DAE
   * gaussian:0.5 · 2-D latent".
   */
  public String describe() {
    StringBuilder b =
        new StringBuilder(name).append(" \u00b7 ").append(kind.toUpperCase(java.util.Locale.ROOT));
    if (regularizer != null) {
      b.append(' ').append(regularizer);
    }
    if (variational) {
      b.append(
          klOnly
              ? " \u00b7 KL only"
              : " \u00b7 \u03b2 = "
                  + new java.math.BigDecimal(beta)
                      .round(new java.math.MathContext(3))
                      .stripTrailingZeros()
                      .toPlainString());
    }
    return b.append(" \u00b7 ").append(latentDim).append("-D latent").toString();
  }
}
