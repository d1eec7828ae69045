package org.latentlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during {@code latentlab train}, in a child JVM started as the jar starts: the run says it
 * was cancelled, exits 1 as the README says a cancelled run does, and leaves no model behind.
 */
class CtrlCTest {
  @TempDir Path tmp;

  @Test
  void ctrlCDuringTrainingSaysSoExitsOneAndSavesNothing() throws Exception {
    Path runs = Files.createDirectories(tmp.resolve("runs"));
    Path out = runs.resolve("model");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "train",
                "--kind",
                "vae",
                "--data",
                "mnist",
                "--limit",
                "500",
                "--hidden",
                "32",
                "--batch",
                "50",
                "--epochs",
                "100000",
                "--out",
                out.toString())
            .redirectOutput(tmp.resolve("stdout.txt").toFile())
            .start();
    List<String> err = new CopyOnWriteArrayList<>();
    CountDownLatch progress = new CountDownLatch(1);
    Thread reader = new Thread(() -> readLines(p, err, progress), "child-stderr");
    reader.start();
    try {
      assertTrue(progress.await(120, TimeUnit.SECONDS), "no epoch finished: " + err);
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
      assertEquals(0, kill.waitFor(), "kill -INT");
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run did not stop: " + err);
      reader.join(10_000);
    } finally {
      p.destroyForcibly();
    }
    assertEquals(1, p.exitValue(), String.join("\n", err));
    String last = err.get(err.size() - 1);
    assertTrue(
        last.matches("latentlab: (training )?cancelled.*nothing was saved"),
        String.join("\n", err));
    assertFalse(err.stream().anyMatch(l -> l.contains("\tat ")), "no stack trace: " + err);
    assertEquals("", Files.readString(tmp.resolve("stdout.txt")), "no 'Saved ...' line");
    try (var left = Files.list(runs)) {
      assertEquals(List.of(), left.toList(), "no model folder, finished or half-written");
    }
  }

  private static void readLines(Process p, List<String> lines, CountDownLatch progress) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
        if (line.contains("epoch 1/")) {
          progress.countDown();
        }
      }
    } catch (java.io.IOException e) {
      lines.add("reading stderr failed: " + e);
    }
  }
}
