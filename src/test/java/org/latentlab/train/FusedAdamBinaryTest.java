package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.testing.NativeBinaries;

/**
 * The prebuilt fused Adam step shipped in the jar is what its source says: a library that exports
 * exactly the two builds of the step, needs no other library, and is rebuilt byte for byte by
 * {@code src/main/native/build-fused-adam.sh} (with the gcc it was built with).
 */
class FusedAdamBinaryTest {
  private static final Path BUILD = Path.of("src/main/native/build-fused-adam.sh");

  @Test
  void exportsExactlyTheTwoBuildsOfTheStepAndNeedsNoOtherLibrary() throws IOException {
    NativeBinaries.Elf elf = NativeBinaries.Elf.read(shipped());
    assertEquals(Set.of(FusedAdam.SSE2, FusedAdam.AVX2), elf.definedDynamicSymbols());
    assertEquals(0, elf.neededLibraries(), "DT_NEEDED entries: the step must not need libc");
  }

  @Test
  void theBuildScriptRebuildsTheShippedBytes(@TempDir Path dir) throws Exception {
    String gcc = NativeBinaries.gccVersion();
    assumeTrue(gcc != null, "no gcc here");
    assumeTrue(NativeBinaries.isLinuxX86(), "the shipped binary is for Linux x86-64");
    Path out = dir.resolve(FusedAdam.LIBRARY);
    Process p =
        new ProcessBuilder("sh", BUILD.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);
    NativeBinaries.Elf rebuilt = NativeBinaries.Elf.read(Files.readAllBytes(out));
    assertEquals(
        NativeBinaries.Elf.read(shipped()).definedDynamicSymbols(),
        rebuilt.definedDynamicSymbols());
    if (Files.readString(BUILD).contains("gcc " + gcc + " ")) {
      assertArrayEquals(shipped(), Files.readAllBytes(out), "same gcc, same bytes");
    }
  }

  private static byte[] shipped() throws IOException {
    try (InputStream in = FusedAdam.class.getResourceAsStream(FusedAdam.RESOURCE)) {
      assertNotNull(in, FusedAdam.RESOURCE + " is on the class path");
      return in.readAllBytes();
    }
  }
}
