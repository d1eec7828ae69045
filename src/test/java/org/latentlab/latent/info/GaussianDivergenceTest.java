package org.latentlab.latent.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.vae.GaussianKl;

/** The closed-form Gaussian KL agrees with the integral it stands for, and with the VAE's term. */
class GaussianDivergenceTest {

  @Test
  void theClosedFormMatchesTheIntegralToOneMillionth() {
    Random random = new Random(2);
    for (int trial = 0; trial < 300; trial++) {
      Gaussian p = new Gaussian(random.nextGaussian() * 3, 0.1 + random.nextDouble() * 3);
      Gaussian q = new Gaussian(random.nextGaussian() * 3, 0.1 + random.nextDouble() * 3);
      assertEquals(
          GaussianDivergence.closedForm(p, q),
          GaussianDivergence.numeric(p, q),
          1e-6,
          () -> "KL(" + p + " ‖ " + q + ")");
    }
  }

  @Test
  void identicalGaussiansHaveZeroKlAndTheDirectionsDiffer() {
    Gaussian p = new Gaussian(1, 0.5);
    assertEquals(0, GaussianDivergence.closedForm(p, p), 1e-15);
    Gaussian q = new Gaussian(0, 2);
    // KL(p‖q) = log 4 + (0.25 + 1)/8 − ½; KL(q‖p) = log(1/4) + (4 + 1)/0.5 − ½.
    assertEquals(Math.log(4) + 1.25 / 8 - 0.5, GaussianDivergence.closedForm(p, q), 1e-15);
    assertEquals(Math.log(0.25) + 10 - 0.5, GaussianDivergence.closedForm(q, p), 1e-14);
  }

  @Test
  void againstTheStandardNormalItIsTheVaesPerDimensionTerm() {
    Gaussian p = new Gaussian(0.7, 0.3);
    double vae = GaussianKl.perDimension(0.7, Math.log(0.09));
    assertEquals(vae, GaussianDivergence.toStandardNormal(p), 1e-15);
    assertEquals(vae, GaussianDivergence.closedForm(p, Gaussian.STANDARD), 1e-14);
  }

  @Test
  void theIntegrandIsNegativeWhereQIsLikelierThanP() {
    Gaussian p = new Gaussian(0, 1);
    Gaussian q = new Gaussian(2, 1);
    assertTrue(GaussianDivergence.integrand(p, q, 0) > 0);
    assertTrue(GaussianDivergence.integrand(p, q, 2) < 0);
  }

  @Test
  void aZeroOrNegativeSigmaIsRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> new Gaussian(0, 0));
    assertTrue(e.getMessage().startsWith("σ must be above 0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Gaussian(0, -1));
    assertThrows(IllegalArgumentException.class, () -> new Gaussian(Double.NaN, 1));
  }
}
