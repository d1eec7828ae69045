package org.latentlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.ClassNames;
import org.latentlab.latent.info.Distribution;
import org.latentlab.latent.info.Entropy;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.latent.kinds.DenoisingError;

/**
 * The sparse autoencoder's penalties on tensors, against the lecture's KL in plain Java, and the
 * model files of the new kinds.
 */
class SparsityPenaltyTest {
  @TempDir Path tmp;

  @Test
  void theKlSparsityPenaltyIsTheLecturesKlOfTwoOutcomesPerUnit() {
    // two images, three units; firing rate of unit j = mean over the images of tanh(h_j)
    float[] h = {0.1f, 2f, 0f, 0.3f, 0.5f, 0f};
    double rho = 0.05;
    double expected = 0;
    for (int j = 0; j < 3; j++) {
      double rate = (Math.tanh(h[j]) + Math.tanh(h[3 + j])) / 2;
      rate = Math.min(Math.max(rate, 1e-6), 1 - 1e-6);
      expected +=
          Entropy.kl(
              new Distribution(List.of("fires", "silent"), new double[] {rho, 1 - rho}),
              new Distribution(List.of("fires", "silent"), new double[] {rate, 1 - rate}));
    }
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      NDArray hidden = m.create(h, new Shape(2, 3));
      assertEquals(expected, Elbo.klSparsity(hidden, rho).getFloat(), 1e-3 * expected);
      float[] l1 = Elbo.l1Penalty(hidden).toFloatArray();
      assertEquals(2.1f, l1[0], 1e-6f);
      assertEquals(0.8f, l1[1], 1e-6f);
    }
  }

  @Test
  void aUnitFiringAtTheTargetRateCostsNothing() {
    float rate = 0.2f;
    float h = (float) (0.5 * Math.log((1 + rate) / (1 - rate))); // atanh: tanh(h) = rate
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      assertEquals(
          0f,
          Elbo.klSparsity(m.create(new float[] {h, h}, new Shape(2, 1)), rate).getFloat(),
          1e-5f);
    }
  }

  @Test
  void theWindowsDenoisingErrorIsTheLossesReconstructionTerm() {
    float[] logits = {-3f, 0.5f, 2f, -0.2f};
    float[] clean = {0f, 1f, 0.8f, 0.3f};
    float[] p = new float[4];
    for (int i = 0; i < 4; i++) {
      p[i] = (float) (1 / (1 + Math.exp(-logits[i])));
    }
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      float tensor =
          Elbo.reconstruction(m.create(logits, new Shape(1, 4)), m.create(clean, new Shape(1, 4)))
              .getFloat(0);
      assertEquals(tensor, DenoisingError.crossEntropy(clean, p), 1e-5);
    }
  }

  private static ModelMetadata dae(Corruption noise) {
    return new ModelMetadata(
        new ModelSpec(ModelKind.DAE, 28, 28, List.of(16), 2),
        ClassNames.DIGITS,
        "mnist",
        0,
        1,
        null,
        noise,
        null);
  }

  @Test
  void aDaeFileSaysItsNoiseAndAFileWithoutItIsRefusedAtLoad() throws IOException {
    Path dir = tmp.resolve("dae");
    try (AutoencoderModel m = AutoencoderModel.create(dae(Corruption.parse("masking:0.3")))) {
      ModelStore.save(m, dir);
    }
    Path json = dir.resolve(ModelStore.METADATA);
    String text = Files.readString(json);
    assertTrue(text.contains("\"kind\" : \"dae\""), text);
    assertTrue(text.contains("\"noise\" : \"masking:0.3\""), text);
    assertEquals(Corruption.parse("masking:0.3"), ModelStore.readMetadata(dir).noise());

    // the parameters' checksum is in the file, so edit only what the test is about
    Files.writeString(json, text.replace("\"noise\" : \"masking:0.3\",", ""));
    ModelFormatException missing =
        assertThrows(ModelFormatException.class, () -> ModelStore.load(dir));
    assertTrue(
        missing
            .getMessage()
            .endsWith(
                "a denoising autoencoder needs its noise (e.g. gaussian:0.5)"
                    + " (the file is damaged)"),
        missing.getMessage());

    Files.writeString(json, text.replace("masking:0.3", "masking:1.5"));
    ModelFormatException level =
        assertThrows(ModelFormatException.class, () -> ModelStore.load(dir));
    assertTrue(
        level.getMessage().endsWith("noise level must be in [0, 1], got 1.5 (the file is damaged)"),
        level.getMessage());
  }

  @Test
  void anAeFileWrittenBeforeTheNewKindsStillLoads() throws IOException {
    // the bundled AE was saved before LatentLab knew noise or sparsity: its file has neither field
    try (AutoencoderModel ae = ModelStore.loadBundled("mnist-ae")) {
      assertEquals(ModelKind.AE, ae.metadata().spec().kind());
      assertEquals(null, ae.metadata().noise());
      assertEquals(null, ae.metadata().sparsity());
    }
  }
}
