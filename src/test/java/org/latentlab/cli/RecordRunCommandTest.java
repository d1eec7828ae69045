package org.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.BundledMnist;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.latent.record.RecordedRun;
import org.latentlab.latent.record.RecordedRunFile;

/** {@code latentlab record-run}: a short run recorded, one from a trained model, bad options. */
class RecordRunCommandTest {
  @TempDir Path tmp;

  @Test
  void aShortRunIsRecordedWithItsLossesAndSnapshots() throws Exception {
    Path out = tmp.resolve("short.llrun");
    CliTest.Result r =
        CliTest.run(
            "record-run",
            "--kind",
            "vae",
            "--beta",
            "0.5",
            "--limit",
            "300",
            "--epochs",
            "2",
            "--hidden",
            "32",
            "--points",
            "40",
            "--every",
            "1",
            "--out",
            out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Recorded 7 snapshots of 40 codes and 6 steps to "), r.out());
    RecordedRun run = RecordedRunFile.read(out);
    assertEquals(0.5, run.settings().beta());
    assertEquals(300, run.settings().imageLimit());
    assertEquals(3, run.batchesPerEpoch());
    assertEquals(6, run.steps().size());
    assertEquals(2, run.epochs().size());
    assertEquals(7, run.snapshots().size(), "before the first step, then after every step");
    assertEquals(2, run.snapshots().stream().filter(RecordedRun.Snapshot::epochEnd).count());
    assertArrayEquals(
        java.util.Arrays.copyOf(BundledMnist.load().labels(), 40), run.labels(), "first 40");
  }

  @Test
  void aRunFromATrainedModelStartsAtThatModelsCodes() throws Exception {
    Path out = tmp.resolve("kl.llrun");
    CliTest.Result r =
        CliTest.run(
            "record-run",
            "--kind",
            "vae",
            "--kl-only",
            "--from",
            "mnist-vae",
            "--limit",
            "128",
            "--epochs",
            "1",
            "--points",
            "20",
            "--out",
            out.toString());
    assertEquals(0, r.exit(), r.err());
    RecordedRun run = RecordedRunFile.read(out);
    assertEquals("mnist-vae", run.settings().startedFrom());
    float[][] expected;
    try (LatentModel vae = LatentModels.openBundled("mnist-vae")) {
      expected = vae.encode(BundledMnist.load().head(20).imageRows(0, 20));
    }
    float[][] first = run.snapshots().get(0).codes();
    for (int i = 0; i < 20; i++) {
      assertArrayEquals(expected[i], first[i], 1e-4f, "image " + i);
    }
  }

  @Test
  void badOptionsAreOneLineEach() {
    Path out = tmp.resolve("x.llrun");
    CliTest.Result r =
        CliTest.run("record-run", "--kind", "ae", "--kl-only", "--out", out.toString());
    assertEquals(LatentLabCli.EXIT_USAGE, r.exit());
    assertEquals(
        "latentlab: --kl-only needs --kind vae (an autoencoder has no KL term)\n", r.err());
    r = CliTest.run("record-run", "--kind", "vae", "--from", "mnist-vea", "--out", out.toString());
    assertEquals(LatentLabCli.EXIT_USAGE, r.exit());
    assertTrue(r.err().startsWith("latentlab: no bundled model named 'mnist-vea'"), r.err());
    r = CliTest.run("record-run", "--kind", "ae", "--from", "mnist-vae", "--out", out.toString());
    assertEquals("latentlab: mnist-vae is a VAE; --kind ae cannot start from it\n", r.err());
    assertFalse(Files.exists(out));
  }
}
