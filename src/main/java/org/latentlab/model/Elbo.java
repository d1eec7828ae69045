package org.latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * The evidence lower bound on tensors: the formulas of the training loss, stated once here (Kingma
 * and Welling, "Auto-Encoding Variational Bayes", ICLR 2014, eq. 10 and appendix B).
 *
 * <p>For an image x with pixels x_i ∈ [0, 1], a Bernoulli decoder with logits ℓ = decoder(z), and
 * the Gaussian posterior q(z|x) = N(μ, diag σ²):
 *
 * <pre>
 *   −ELBO(x) = E_q[ −log p(x|z) ] + KL( q(z|x) ‖ N(0, I) )
 *
 *   −log p(x|z) = Σ_i BCE(ℓ_i, x_i),   BCE(ℓ, x) = −x log σ(ℓ) − (1−x) log(1−σ(ℓ))
 *                                                = softplus(ℓ) − ℓ·x
 *                                                = max(ℓ, 0) − ℓ·x + log(1 + e^{−|ℓ|})
 *
 *   KL( N(μ, σ²) ‖ N(0, I) ) = −½ Σ_j ( 1 + log σ_j² − μ_j² − σ_j² )
 * </pre>
 *
 * Written with softplus(ℓ) = log(1 + e^ℓ), which PyTorch evaluates in the last, stable form: it
 * never exponentiates a large positive number, so the loss is finite for any logit. The KL is the
 * closed form that {@link org.latentlab.latent.vae.GaussianKl} computes in plain Java for the
 * window; a test keeps the two equal. How training weighs the two terms (β, "KL only") is the
 * loss's business ({@code org.latentlab.train.ElboLoss}); the plain autoencoder's loss is the
 * reconstruction term alone. All values are in nats per image. Constants are {@link Scalar}
 * tensors, never Java numbers, because autograd keeps them for the backward pass.
 *
 * <p><b>Each kind's training loss</b>, per image (batch means are minimized), with ℓ = decoder
 * logits:
 *
 * <pre>
 *   AE    BCE(decoder(encoder(x)), x)
 *   VAE   w · E_q[ −log p(x|z) ] + β · KL( q(z|x) ‖ N(0, I) )        (w = β = 1: the −ELBO)
 *   DAE   BCE(decoder(encoder(x̃)), x),   x̃ = c(x) a corrupted copy   (Vincent et al., ICML 2008)
 *   SAE   BCE(decoder(encoder(x)), x) + Ω(h),   h = the encoder's last hidden layer (ReLU)
 *
 *   Ω(h) = λ · Σ_j |h_j|                                  (l1:λ, {@link #l1Penalty})
 *   Ω(h) = Σ_j KL( Bernoulli(ρ) ‖ Bernoulli(ρ̂_j) )         (kl:ρ, {@link #klSparsity}), per batch
 *        = Σ_j ρ log(ρ / ρ̂_j) + (1 − ρ) log((1 − ρ) / (1 − ρ̂_j)),   ρ̂_j = mean_batch tanh(h_j)
 * </pre>
 *
 * The DAE's noise c(x) is {@link org.latentlab.latent.kinds.Corruption}; its reconstruction term
 * compares the decoding of the corrupted input with the clean input. The SAE's KL is the KL of the
 * lecture's first part ({@link org.latentlab.latent.info.Entropy#kl}) between two-outcome
 * distributions, "unit j fires" with probability ρ̂_j against the target ρ; tanh maps a ReLU
 * activation h ≥ 0 into [0, 1) smoothly, so a firing rate is always a probability. A test keeps it
 * equal to {@code Entropy.kl}.
 */
public final class Elbo {
  private Elbo() {}

  /**
   * The reconstruction term −log p(x|z) per image: BCE summed over pixels.
   *
   * @param logits decoder logits, shape (batch, pixels)
   * @param images target pixels in [0, 1], shape (batch, pixels)
   * @return shape (batch)
   */
  public static NDArray reconstruction(NDArray logits, NDArray images) {
    // softplus(ℓ) = log(1 + e^ℓ), computed stably by PyTorch in one kernel; the form above with
    // max and |ℓ| builds the same number from eight operations, slower with its backward pass.
    return Activation.softPlus(logits).sub(logits.mul(images)).sum(new int[] {1});
  }

  /**
   * The closed-form KL(N(μ, σ²) ‖ N(0, I)) per image: {@link #klPerDimension} summed over the
   * latent dimensions.
   *
   * @param mu posterior means, shape (batch, latent)
   * @param logVar posterior log-variances log σ², shape (batch, latent)
   * @return shape (batch)
   */
  public static NDArray klToStandardNormal(NDArray mu, NDArray logVar) {
    return klPerDimension(mu, logVar).sum(new int[] {1});
  }

  /**
   * The KL per latent dimension, shape (batch, latent): the formula above, the same as {@link
   * org.latentlab.latent.vae.GaussianKl#perDimension(double, double)} on every element.
   */
  public static NDArray klPerDimension(NDArray mu, NDArray logVar) {
    return logVar
        .add(Scalar.of(logVar, 1f))
        .sub(mu.square())
        .sub(logVar.exp())
        .mul(Scalar.of(logVar, -0.5f));
  }

  /**
   * The L1 sparsity penalty per image, without its weight λ: Σ_j |h_j|.
   *
   * @param hidden hidden activations, shape (batch, units)
   * @return shape (batch)
   */
  public static NDArray l1Penalty(NDArray hidden) {
    return hidden.abs().sum(new int[] {1});
  }

  /** The smallest and largest firing rate the KL penalty uses, so that log 0 never happens. */
  private static final float RATE_CLIP = 1e-6f;

  /**
   * The KL sparsity penalty of a batch: Σ_j KL(Bernoulli(ρ) ‖ Bernoulli(ρ̂_j)), the formula above.
   *
   * @param hidden hidden activations h ≥ 0, shape (batch, units)
   * @param rho the target firing rate ρ in (0, 1)
   * @return a scalar
   */
  public static NDArray klSparsity(NDArray hidden, double rho) {
    NDArray rate = hidden.tanh().mean(new int[] {0}).clip(RATE_CLIP, 1 - RATE_CLIP);
    NDArray one = Scalar.of(rate, 1f);
    NDArray r = Scalar.of(rate, (float) rho);
    NDArray notR = Scalar.of(rate, (float) (1 - rho));
    // ρ log ρ − ρ log ρ̂ + (1 − ρ) log(1 − ρ) − (1 − ρ) log(1 − ρ̂)
    NDArray constant =
        Scalar.of(rate, (float) (rho * Math.log(rho) + (1 - rho) * Math.log1p(-rho)));
    return constant.sub(r.mul(rate.log())).sub(notR.mul(one.sub(rate).log())).sum();
  }
}
