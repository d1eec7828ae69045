package org.latentlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.testing.OfflineProbe;

/**
 * Starts the engine in a child JVM with an empty DJL cache and home folder, in which every Java
 * socket refuses to connect and reports the attempt ({@link OfflineProbe}). The child gets no DJL
 * switches from us, in the environment or on the command line: LatentLab must set them itself.
 */
class OfflineEngineTest {
  @TempDir Path tmp;

  @Test
  void theEngineStartsFromAnEmptyCacheWithoutTouchingTheNetwork() throws Exception {
    Run run = probe("fresh");
    assertEquals(0, run.exit, run.output);
    assertTrue(run.output.contains("decoded 784 pixels with PyTorch"), run.output);
    assertFalse(run.output.contains("NETWORK ATTEMPT"), run.output);
    try (var files = Files.walk(tmp.resolve("fresh"))) {
      assertTrue(
          files.anyMatch(p -> p.getFileName().toString().contains("libtorch")),
          "libtorch was unpacked from the Maven artifact into the empty cache");
    }
  }

  @Test
  void withoutLatentLabsSetUpTheProbeSeesDjlsTraffic() throws Exception {
    Run run = probe("control", "--without-setup");
    assertTrue(
        run.output.contains("NETWORK ATTEMPT"),
        "control: DJL alone calls home at start-up, so the probe must see it\n" + run.output);
  }

  private Run probe(String dirName, String... args) throws Exception {
    Path home = Files.createDirectories(tmp.resolve(dirName));
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Duser.home=" + home,
                OfflineProbe.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    var env = pb.environment();
    List.of(
            "DJL_OFFLINE",
            "OPT_OUT_TRACKING",
            "DJL_CACHE_DIR",
            "ENGINE_CACHE_DIR",
            "PYTORCH_VERSION",
            "PYTORCH_LIBRARY_PATH")
        .forEach(env::remove);
    env.put("HOME", home.toString());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe did not finish");
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private record Run(int exit, String output) {}
}
