package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;

class MemoryEstimateTest {
  private static final long GB = 1_000_000_000L;

  @TempDir Path tmp;

  @Test
  void theBundledSizesTrainOnAMachineWithTwoGigabytesFree() {
    for (ModelKind kind : ModelKind.values()) {
      ModelSpec lecture = ModelSpec.defaults(kind);
      assertDoesNotThrow(() -> MemoryEstimate.check(lecture, 128, 2 * GB), kind.id());
      assertDoesNotThrow(() -> MemoryEstimate.check(lecture, 128), kind + " on this machine");
    }
  }

  @Test
  void twoHiddenLayersOf65536AreRefusedNamingWhatTheyNeedAndWhatIsFree() {
    ModelSpec huge = new ModelSpec(ModelKind.VAE, 28, 28, List.of(65536, 65536), 2);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MemoryEstimate.check(huge, 128, 20_300_000_000L));
    // 8.69 billion parameters, 16 bytes each, before the activations
    assertTrue(
        e.getMessage()
            .matches(
                "a 784-65536-65536-2 VAE needs about 1[34]\\d\\.\\d GB to train; this machine has"
                    + " about 20\\.3 GB free: use smaller hidden sizes"),
        e.getMessage());
  }

  @Test
  void aModelThatFitsOnlyWithoutTheEngineAllowanceIsRefused() {
    ModelSpec spec = new ModelSpec(ModelKind.AE, 28, 28, List.of(4096, 4096), 8);
    long needed = MemoryEstimate.bytesToTrain(spec, 256);
    assertDoesNotThrow(() -> MemoryEstimate.check(spec, 256, needed));
    assertThrows(IllegalArgumentException.class, () -> MemoryEstimate.check(spec, 256, needed - 1));
  }

  @Test
  void largerBatchesNeedMoreMemoryAndAVaeMoreThanAnAe() {
    ModelSpec ae = ModelSpec.defaults(ModelKind.AE);
    ModelSpec vae = ModelSpec.defaults(ModelKind.VAE);
    assertTrue(MemoryEstimate.bytesToTrain(ae, 1024) > MemoryEstimate.bytesToTrain(ae, 128));
    assertTrue(MemoryEstimate.bytesToTrain(vae, 128) > MemoryEstimate.bytesToTrain(ae, 128));
  }

  @Test
  void smallShortfallsAreSaidInMegabytes() {
    ModelSpec spec = ModelSpec.defaults(ModelKind.VAE);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MemoryEstimate.check(spec, 128, 300_000_000L));
    assertTrue(e.getMessage().contains("needs about 5"), e.getMessage());
    assertTrue(
        e.getMessage().contains(" MB to train; this machine has about 300 MB free"),
        e.getMessage());
  }

  @Test
  void freeMemoryIsReadFromMemAvailable() throws Exception {
    Path meminfo = tmp.resolve("meminfo");
    Files.writeString(
        meminfo,
        "MemTotal:       24576000 kB\nMemFree:         1024000 kB\nMemAvailable:   20000000 kB\n");
    assertEquals(OptionalLong.of(20_000_000L * 1024), MemoryEstimate.memAvailable(meminfo));

    Files.writeString(meminfo, "MemTotal:       24576000 kB\n");
    assertEquals(OptionalLong.empty(), MemoryEstimate.memAvailable(meminfo));
    assertEquals(OptionalLong.empty(), MemoryEstimate.memAvailable(tmp.resolve("absent")));
    assertTrue(MemoryEstimate.availableBytes().orElse(1) > 0);
  }
}
