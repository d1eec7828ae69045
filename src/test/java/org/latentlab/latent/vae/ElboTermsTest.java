package org.latentlab.latent.vae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentlab.data.ImageSet;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;
import org.latentlab.testing.TrainingData;
import org.latentlab.train.EvaluationReport;
import org.latentlab.train.ModelEvaluator;
import org.latentlab.train.ModelTrainer;
import org.latentlab.train.TrainingOptions;

/** One image's ELBO terms, as the window shows them, against the evaluator behind {@code eval}. */
class ElboTermsTest {
  private static ImageSet images;

  @BeforeAll
  static void data() {
    images = TrainingData.fewHundred();
  }

  private static AutoencoderModel trained(ModelKind kind) throws Exception {
    var spec = new ModelSpec(kind, 28, 28, List.of(64, 32), 3);
    return ModelTrainer.quiet()
        .train(images.head(300), "mnist", new TrainingOptions(spec, 1, 1, 1, 64, 1e-3, 1))
        .model();
  }

  @Test
  void aVaesTermsForOneImageEqualTheEvaluatorsAndTheClosedForm() throws Exception {
    AutoencoderModel model = trained(ModelKind.VAE);
    try (LatentModel vae = LatentModels.wrap(model, "vae")) {
      for (int i : new int[] {0, 17, 399}) {
        ElboTerms t = vae.elboTerms(new float[][] {images.image(i)})[0];
        EvaluationReport eval = ModelEvaluator.evaluate(model, one(i), 1);
        assertEquals(eval.reconstruction(), t.reconstruction(), 1e-4 * eval.reconstruction());
        assertEquals(eval.kl(), t.kl(), 1e-4 * Math.max(1, eval.kl()));
        assertEquals(eval.negElbo(), t.negElbo(), 1e-4 * eval.negElbo());
        assertEquals(3, t.klPerDimension().length);
        Posterior q = vae.encodePosterior(new float[][] {images.image(i)})[0];
        assertArrayEquals(
            q.klPerDimension(),
            t.klPerDimension(),
            1e-4,
            "the plain-Java closed form agrees with the loss code");
        for (double k : t.klPerDimension()) {
          assertTrue(k >= -1e-6, "every dimension's KL is non-negative");
        }
      }
    }
  }

  @Test
  void anAutoencoderHasOnlyAReconstructionTerm() throws Exception {
    AutoencoderModel model = trained(ModelKind.AE);
    try (LatentModel ae = LatentModels.wrap(model, "ae")) {
      ElboTerms t = ae.elboTerms(new float[][] {images.image(5)})[0];
      assertFalse(t.hasKl());
      assertNull(t.klPerDimension());
      assertEquals(0.0, t.kl());
      EvaluationReport eval = ModelEvaluator.evaluate(model, one(5), 1);
      assertEquals(eval.reconstruction(), t.reconstruction(), 1e-4 * eval.reconstruction());
      assertEquals(
          ae.reconstructionLoss(new float[][] {images.image(5)})[0], t.reconstruction(), 1e-3);
    }
  }

  @Test
  void theClosedFormIsZeroAtThePriorAndGrowsAwayFromIt() {
    Posterior prior = new Posterior(new float[] {0, 0}, new float[] {0, 0});
    assertArrayEquals(new double[] {0, 0}, prior.klPerDimension(), 1e-12);
    // μ = 1, σ² = e^{-2}: −½ (1 − 2 − 1 − e^{−2}) = 1 + ½ e^{−2}.
    Posterior q = new Posterior(new float[] {1}, new float[] {-2});
    assertEquals(1 + 0.5 * Math.exp(-2), q.klPerDimension()[0], 1e-7);
    assertNull(new Posterior(new float[] {1}, null).klPerDimension());
  }

  private static ImageSet one(int i) {
    return new ImageSet(
        "one",
        28,
        28,
        java.util.Arrays.copyOfRange(images.pixels(), i * 784, (i + 1) * 784),
        new int[] {images.label(i)},
        images.classNames());
  }
}
