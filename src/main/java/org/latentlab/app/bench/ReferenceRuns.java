package org.latentlab.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PyTorch reference ({@code shared/reference/torch_vae.py}) run with the same data and settings
 * as LatentLab, when the machine has Python with torch.
 */
final class ReferenceRuns {
  static final String PYTHON = "/usr/bin/python3";

  private final Path script;

  private ReferenceRuns(Path script) {
    this.script = script;
  }

  /** The reference, or empty with the reason when torch or the script is missing. */
  static Optional<ReferenceRuns> find(Path script, StringBuilder why) {
    if (!Files.isRegularFile(script)) {
      why.append("no reference script at ").append(script.toAbsolutePath().normalize());
      return Optional.empty();
    }
    try {
      Process p =
          new ProcessBuilder(PYTHON, "-c", "import torch").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        why.append(PYTHON)
            .append(" cannot import torch (apt-get install python3-torch libopenblas0-openmp)");
        return Optional.empty();
      }
    } catch (IOException | InterruptedException e) {
      why.append("cannot run ").append(PYTHON).append(": ").append(e.getMessage());
      return Optional.empty();
    }
    return Optional.of(new ReferenceRuns(script));
  }

  /** One VAE 784-512-256-2 run; {@code data} is null for Fashion-MNIST, else {images, labels}. */
  JsonNode vae(Path[] trainData, Path[] testData, int epochs, int threads, long seed)
      throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                PYTHON,
                script.toString(),
                "--model",
                "vae",
                "--latent",
                "2",
                "--hidden",
                "512,256",
                "--epochs",
                Integer.toString(epochs),
                "--threads",
                Integer.toString(threads),
                "--seed",
                Long.toString(seed)));
    if (trainData == null) {
      cmd.addAll(List.of("--data", "fashion"));
    } else {
      cmd.addAll(
          List.of(
              "--train-images",
              trainData[0].toString(),
              "--train-labels",
              trainData[1].toString()));
      if (testData != null) {
        cmd.addAll(
            List.of(
                "--test-images", testData[0].toString(), "--test-labels", testData[1].toString()));
      }
    }
    ChildRuns.Run run = ChildRuns.run(cmd, null);
    if (run.exit() != 0) {
      throw new IOException("the PyTorch reference failed (exit " + run.exit() + ")");
    }
    return run.lastJson();
  }
}
