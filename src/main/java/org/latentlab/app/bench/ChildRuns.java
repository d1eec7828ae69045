package org.latentlab.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.latentlab.app.Main;
import org.latentlab.model.MklShim;

/**
 * Runs LatentLab or the PyTorch reference in a child process, for benchmarks that own a process.
 */
final class ChildRuns {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChildRuns() {}

  /** The result of a child: exit code, stdout, and the seconds it took. */
  record Run(int exit, String out, double seconds) {
    /** This run, or an IOException if it failed. */
    Run orThrow() throws IOException {
      if (exit != 0) {
        throw new IOException("a benchmark run failed (exit " + exit + ")");
      }
      return this;
    }

    /** The last line of stdout parsed as JSON. */
    JsonNode lastJson() throws IOException {
      String[] lines = out.strip().split("\n");
      return JSON.readTree(lines[lines.length - 1]);
    }
  }

  /** {@code java -cp <this class path> org.latentlab.app.Main args...} with extra JVM options. */
  static Run latentlab(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(MklShim.childJvmOptions()); // a shim switched off here stays off there
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    return run(cmd, null);
  }

  /** Runs {@code cmd}; when {@code untilLine} is given, the clock stops when that line appears. */
  static Run run(List<String> cmd, String untilLine) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    long t0 = System.nanoTime();
    Process p = pb.start();
    StringBuilder out = new StringBuilder();
    double seconds = -1;
    try (var reader = p.inputReader(StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (untilLine != null && seconds < 0 && line.strip().equals(untilLine)) {
          seconds = (System.nanoTime() - t0) / 1e9;
        }
        out.append(line).append('\n');
      }
    }
    if (!p.waitFor(60, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("child did not finish: " + String.join(" ", cmd));
    }
    if (seconds < 0) {
      seconds = (System.nanoTime() - t0) / 1e9;
    }
    return new Run(p.exitValue(), out.toString(), seconds);
  }
}
