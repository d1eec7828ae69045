package org.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentlab.data.IdxWriter;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelStore;
import org.latentlab.testing.TrainingData;

/** {@code train}, {@code info} and {@code eval} on the denoising and the sparse autoencoder. */
class KindCommandsTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "dae | --noise    | gaussian:1.5 | --noise: noise level must be in [0, 1], got 1.5",
        "dae | --noise    | masking:-0.2 | --noise: noise level must be in [0, 1], got -0.2",
        "dae | --noise    | blur:0.2     | --noise: noise 'blur:0.2' is not a kind of noise",
        "sae | --sparsity | kl:1         | --sparsity: sparsity target must be in (0, 1), got 1",
        "sae | --sparsity | kl:0         | --sparsity: sparsity target must be in (0, 1), got 0",
        "sae | --sparsity | l1           | --sparsity: sparsity 'l1' has no value",
        "ae  | --noise    | gaussian:0.5 | --noise needs --kind dae (a denoising autoencoder)",
        "vae | --sparsity | kl:0.05      | --sparsity needs --kind sae (a sparse autoencoder)",
      })
  void aBadNoiseOrSparsityIsOneLineAndExitTwo(
      String kind, String option, String value, String message) {
    Path out = tmp.resolve("m");
    CliTest.Result r = CliTest.run("train", "--kind", kind, option, value, "--out", out.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("latentlab: " + message), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(Files.exists(out), "nothing is written");
  }

  @Test
  void aDaeAndAnSaeTrainSaveAndSayWhatTheyAre() throws Exception {
    Path dae = tmp.resolve("dae");
    CliTest.Result r =
        CliTest.run(
            "train",
            "--kind",
            "dae",
            "--noise",
            "salt-pepper:0.2",
            "--hidden",
            "32",
            "--limit",
            "200",
            "--epochs",
            "1",
            "--out",
            dae.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Saved DAE (noise salt-pepper:0.2) to "), r.out());
    assertEquals(ModelKind.DAE, ModelStore.readMetadata(dae).spec().kind());
    CliTest.Result info = CliTest.run("info", "--model", dae.toString());
    assertTrue(info.out().contains("Kind       denoising autoencoder (DAE)"), info.out());
    assertTrue(
        info.out()
            .contains(
                "Loss       reconstruction of the clean image from a noisy one (noise"
                    + " salt-pepper:0.2)"),
        info.out());

    Path sae = tmp.resolve("sae");
    r =
        CliTest.run(
            "train",
            "--kind",
            "sae",
            "--sparsity",
            "l1:1e-3",
            "--hidden",
            "32",
            "--limit",
            "200",
            "--epochs",
            "1",
            "--out",
            sae.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("sparsity penalty"), r.out());
    info = CliTest.run("info", "--model", sae.toString());
    assertTrue(info.out().contains("Kind       sparse autoencoder (SAE)"), info.out());
    assertTrue(info.out().contains("sparsity penalty on the hidden layer (l1:0.001)"), info.out());
  }

  @Test
  void evalOfTheBundledDaeShowsTheDenoisingTableBesideThePlainAe() throws Exception {
    Path images = tmp.resolve("images.idx.gz");
    Path labels = tmp.resolve("labels.idx.gz");
    IdxWriter.write(TrainingData.fewHundred(), images, labels);
    CliTest.Result r =
        CliTest.run(
            "eval",
            "--model",
            "models/mnist-dae",
            "--images",
            images.toString(),
            "--labels",
            labels.toString(),
            "--noise-levels",
            "0.5");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Denoising error (gaussian noise"), r.out());
    assertTrue(r.out().contains("this DAE     mnist-ae"), r.out());
    // one row: level 0.5, the DAE's error far below the AE's
    String row = r.out().lines().filter(l -> l.startsWith("  0.5 ")).findFirst().orElseThrow();
    String[] cells = row.trim().split(" +");
    assertTrue(
        Double.parseDouble(cells[1]) < Double.parseDouble(cells[2]) - 30, "DAE vs AE: " + row);
  }
}
