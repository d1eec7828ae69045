package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentlab.data.BundledMnist;
import org.latentlab.data.ImageSet;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelStore;
import org.latentlab.testing.SharedData;

/**
 * What the bundled denoising and sparse autoencoders are for, against the bundled plain AE on the
 * same images (measured figures in models/README.md).
 */
class BundledKindsTest {

  /** DAE error at noise level 0.5 must be at least this much below the AE's (measured: 81 nats). */
  private static final double DENOISING_MARGIN = 30;

  @Test
  void theDenoisingAutoencoderBeatsThePlainOneOnNoisyHeldOutDigits() throws Exception {
    ImageSet test = SharedData.mnistTestSetOrSkip().head(2000);
    try (AutoencoderModel dae = ModelStore.loadBundled("mnist-dae");
        AutoencoderModel ae = ModelStore.loadBundled("mnist-ae")) {
      assertEquals(ModelKind.DAE, dae.metadata().spec().kind());
      assertEquals(Corruption.parse("gaussian:0.5"), dae.metadata().noise());
      for (double level : new double[] {0.25, 0.5}) {
        Corruption noise = new Corruption(Corruption.Type.GAUSSIAN, level);
        double daeError = KindEvaluator.denoisingError(dae, test, noise, 7);
        double aeError = KindEvaluator.denoisingError(ae, test, noise, 7);
        System.out.printf(
            "t10k, 2000 digits, gaussian:%s: DAE %.2f, AE %.2f nats%n", level, daeError, aeError);
        assertTrue(
            daeError < aeError - DENOISING_MARGIN,
            "at " + noise + " the DAE's error " + daeError + " vs the AE's " + aeError);
      }
    }
  }

  @Test
  void theDenoisingAutoencoderDenoisesFreshNoiseOnTheBundledDigitsToo() throws Exception {
    // always runs (no test set needed): the digits were trained on, the noise never was
    ImageSet digits = BundledMnist.load().head(1000);
    try (AutoencoderModel dae = ModelStore.loadBundled("mnist-dae");
        AutoencoderModel ae = ModelStore.loadBundled("mnist-ae")) {
      Corruption noise = Corruption.parse("gaussian:0.5");
      double daeError = KindEvaluator.denoisingError(dae, digits, noise, 11);
      double aeError = KindEvaluator.denoisingError(ae, digits, noise, 11);
      assertTrue(daeError < aeError - DENOISING_MARGIN, "DAE " + daeError + " vs AE " + aeError);
    }
  }

  @Test
  void theSparseAutoencodersHiddenCodeIsSparserThanThePlainOnes() throws Exception {
    ImageSet digits = BundledMnist.load().head(1000);
    try (AutoencoderModel sae = ModelStore.loadBundled("mnist-sae");
        AutoencoderModel ae = ModelStore.loadBundled("mnist-ae")) {
      assertEquals(ModelKind.SAE, sae.metadata().spec().kind());
      KindEvaluator.Activity sparse = KindEvaluator.activity(sae, digits);
      KindEvaluator.Activity plain = KindEvaluator.activity(ae, digits);
      System.out.printf(
          "mean hidden activation: SAE %.4f (%.1f%% active), AE %.4f (%.1f%% active)%n",
          sparse.meanActivation(),
          100 * sparse.fractionActive(),
          plain.meanActivation(),
          100 * plain.fractionActive());
      // measured on t10k: 0.054 against 0.327, 19.5% against 34.3% of units active
      assertTrue(
          sparse.meanActivation() < 0.5 * plain.meanActivation(),
          sparse.meanActivation() + " vs " + plain.meanActivation());
      assertTrue(sparse.fractionActive() < plain.fractionActive() - 0.05);
    }
  }
}
