package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentlab.data.ImageSet;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;
import org.latentlab.testing.TrainingData;

/**
 * What the KL weight does, measured on the training images after a short run: β = 0 leaves the KL
 * term free to grow (the encoder spreads and sharpens its posteriors), and "KL only"
 * (reconstruction weight 0) pulls every posterior onto the prior, so the KL goes to 0 and the
 * decoder, fed pure noise, reconstructs nothing.
 */
class BetaTest {
  private static final ModelSpec VAE = new ModelSpec(ModelKind.VAE, 28, 28, List.of(64, 32), 2);
  private static ImageSet images;

  @BeforeAll
  static void data() {
    images = TrainingData.fewHundred();
  }

  private static EvaluationReport trainAndEvaluate(double beta, double reconstructionWeight)
      throws Exception {
    var options = new TrainingOptions(VAE, beta, reconstructionWeight, 6, 32, 1e-3, 1);
    var result = ModelTrainer.quiet().train(images, "test", options);
    try (var model = result.model()) {
      EvaluationReport r = ModelEvaluator.evaluate(model, images, 1);
      System.out.printf(
          Locale.ROOT,
          "beta %.1f, reconstruction weight %.0f: reconstruction %.1f," + " KL %.2f nats%n",
          beta,
          reconstructionWeight,
          r.reconstruction(),
          r.kl());
      return r;
    }
  }

  @Test
  void withoutTheRegularizerTheKlGrowsAndWithOnlyTheKlTheCodesCollapse() throws Exception {
    EvaluationReport elbo = trainAndEvaluate(1, 1);
    EvaluationReport free = trainAndEvaluate(0, 1);
    EvaluationReport klOnly = trainAndEvaluate(1, 0);
    assertTrue(
        free.kl() > 2 * elbo.kl(),
        "β = 0: KL " + free.kl() + " should far exceed β = 1's " + elbo.kl());
    assertTrue(
        klOnly.kl() < 0.1 * elbo.kl(),
        "KL only: KL " + klOnly.kl() + " should be near 0 (β = 1: " + elbo.kl() + ")");
    assertTrue(
        klOnly.reconstruction() > elbo.reconstruction() + 30,
        "KL only: reconstruction "
            + klOnly.reconstruction()
            + " should be far worse than "
            + elbo.reconstruction());
  }
}
