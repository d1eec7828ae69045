package org.latentlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.NativeLibrary;
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
 * The prebuilt MKL vendor shim shipped in the jar is what its source says: a library that exports
 * exactly {@code mkl_serv_intel_cpu_true}, needs no other library, answers 1, and is rebuilt byte
 * for byte by {@code src/main/native/build-mkl-shim.sh} (with the gcc it was built with).
 */
class MklShimBinaryTest {
  private static final Path BUILD = Path.of("src/main/native/build-mkl-shim.sh");

  @Test
  void exportsExactlyTheVendorCheckAndNeedsNoOtherLibrary() throws IOException {
    NativeBinaries.Elf elf = NativeBinaries.Elf.read(shipped());
    assertEquals(Set.of("mkl_serv_intel_cpu_true"), elf.definedDynamicSymbols());
    assertEquals(0, elf.neededLibraries(), "DT_NEEDED entries: the shim must not need libc");
  }

  @Test
  void answersYes() throws IOException {
    assumeTrue(NativeBinaries.isLinuxX86(), "the shipped binary is for Linux x86-64");
    NativeLibrary lib = NativeLibrary.getInstance(MklShim.extract().toString());
    assertEquals(1, lib.getFunction("mkl_serv_intel_cpu_true").invokeInt(new Object[0]));
  }

  @Test
  void extractingTwiceGivesTheSameFile() throws IOException {
    Path first = MklShim.extract();
    assertEquals(first, MklShim.extract());
    assertArrayEquals(shipped(), Files.readAllBytes(first));
  }

  @Test
  void theBuildScriptRebuildsTheShippedBytes(@TempDir Path dir) throws Exception {
    String gcc = NativeBinaries.gccVersion();
    assumeTrue(gcc != null, "no gcc here");
    assumeTrue(NativeBinaries.isLinuxX86(), "the shipped binary is for Linux x86-64");
    Path out = dir.resolve(MklShim.LIBRARY);
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
    String script = Files.readString(BUILD);
    if (script.contains("gcc " + gcc + " ")) {
      assertArrayEquals(shipped(), Files.readAllBytes(out), "same gcc, same bytes");
    }
  }

  private static byte[] shipped() throws IOException {
    try (InputStream in = MklShim.class.getResourceAsStream(MklShim.RESOURCE)) {
      assertNotNull(in, MklShim.RESOURCE + " is on the class path");
      return in.readAllBytes();
    }
  }
}
