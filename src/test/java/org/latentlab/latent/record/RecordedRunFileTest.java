package org.latentlab.latent.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorded run survives its file, and a broken file is one line naming it. */
class RecordedRunFileTest {
  @TempDir Path tmp;

  /** A small run: {@code n} watched images, 2-D codes, 3 snapshots, 4 steps, 2 epochs. */
  static RecordedRun sample(int n) {
    int[] labels = new int[n];
    List<RecordedRun.Snapshot> snaps = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      float[][] codes = new float[n][2];
      for (int i = 0; i < n; i++) {
        labels[i] = i % 10;
        codes[i][0] = (float) Math.sin(i + k);
        codes[i][1] = -0.25f * i / (k + 1);
      }
      snaps.add(new RecordedRun.Snapshot(k, 2L * k, k > 0, codes));
    }
    List<RecordedRun.Loss> steps = new ArrayList<>();
    for (int s = 1; s <= 4; s++) {
      steps.add(new RecordedRun.Loss(s / 2.0, 200 - s, 3 + s, 203.5));
    }
    return new RecordedRun(
        new RunSettings(
            "mnist", 3000, true, 2, List.of(512, 256), 2, 128, 1e-3, 4, false, 7, 6, "mnist-vae"),
        List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        labels,
        2,
        steps,
        List.of(new RecordedRun.Loss(1, 190, 5, 195), new RecordedRun.Loss(2, 180, 6, 186)),
        snaps);
  }

  @Test
  void aRunReadsBackAsItWasWritten() throws Exception {
    RecordedRun run = sample(50);
    Path file = tmp.resolve("runs/beta-4.llrun");
    RecordedRunFile.write(run, file);
    RecordedRun back = RecordedRunFile.read(file);
    assertEquals(run.settings(), back.settings());
    assertEquals(run.classNames(), back.classNames());
    assertArrayEquals(run.labels(), back.labels());
    assertEquals(run.batchesPerEpoch(), back.batchesPerEpoch());
    assertEquals(run.steps(), back.steps());
    assertEquals(run.epochs(), back.epochs());
    assertEquals(run.snapshots().size(), back.snapshots().size());
    for (int k = 0; k < 3; k++) {
      RecordedRun.Snapshot a = run.snapshots().get(k);
      RecordedRun.Snapshot b = back.snapshots().get(k);
      assertEquals(a.step(), b.step());
      assertEquals(a.epochEnd(), b.epochEnd());
      assertTrue(Arrays.deepEquals(a.codes(), b.codes()), "codes of snapshot " + k);
    }
    assertTrue(back.settings().startsFromModel());
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count(), "no temporary file left beside it");
    }
  }

  @Test
  void aTruncatedFileSaysSoInOneLineNamingTheFile() throws Exception {
    byte[] whole = bytes(sample(400));
    for (int keep : new int[] {whole.length / 2, whole.length - 12}) {
      Path file = tmp.resolve("cut-" + keep + ".llrun");
      Files.write(file, Arrays.copyOf(whole, keep));
      RunFormatException e =
          assertThrows(RunFormatException.class, () -> RecordedRunFile.read(file));
      assertTrue(e.getMessage().startsWith(file + " is truncated"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
    }
  }

  @Test
  void garbageIsNotARecordedRun() throws Exception {
    Path text = tmp.resolve("notes.llrun");
    Files.writeString(text, "these are my lecture notes, not a run");
    RunFormatException e = assertThrows(RunFormatException.class, () -> RecordedRunFile.read(text));
    assertEquals(text + " is not a LatentLab recorded run (.llrun file)", e.getMessage());

    Path gz = tmp.resolve("other.llrun");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(b)) {
      out.write("PK\u0003\u0004 something else entirely".getBytes());
    }
    Files.write(gz, b.toByteArray());
    e = assertThrows(RunFormatException.class, () -> RecordedRunFile.read(gz));
    assertEquals(gz + " is not a LatentLab recorded run (.llrun file)", e.getMessage());
  }

  @Test
  void aMissingBundledRunNamesTheBundledOnes() {
    RunFormatException e =
        assertThrows(RunFormatException.class, () -> RecordedRunFile.readBundled("beta-9"));
    assertTrue(e.getMessage().startsWith("no bundled recorded run named 'beta-9'"), e.getMessage());
    assertTrue(e.getMessage().contains("kl-only-from-vae"));
  }

  private static byte[] bytes(RecordedRun run) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    RecordedRunFile.write(run, b);
    return b.toByteArray();
  }
}
