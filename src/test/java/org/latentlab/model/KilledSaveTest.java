package org.latentlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.testing.ModelFiles;

/**
 * Kills JVMs that are saving a model ({@link SaveLoop}) with SIGKILL at random moments: the folder
 * must always load as a complete model, and the next save must leave nothing else behind.
 */
class KilledSaveTest {
  private static final int KILLS = 8;

  @TempDir Path tmp;

  @Test
  void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewCompleteModel() throws Exception {
    Path folder = tmp.resolve("model");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("NOTES.txt"), "mine");
    Path[] params = new Path[2];
    for (ModelKind kind : new ModelKind[] {ModelKind.AE, ModelKind.VAE}) {
      Path saved = tmp.resolve("saved-" + kind.id());
      try (AutoencoderModel m = AutoencoderModel.create(SaveLoop.metadata(kind))) {
        ModelStore.save(m, saved);
        ModelStore.save(m, folder);
      }
      params[kind.ordinal()] = saved.resolve(ModelStore.PARAMS);
    }
    Random random = new Random(20261121);
    for (int i = 0; i < KILLS; i++) {
      Path log = tmp.resolve("child-" + i + ".log");
      Process child = start(log, folder, params[0], params[1]);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        assertNotNull(out.readLine(), "the child saved nothing: " + Files.readString(log));
        long start = System.nanoTime();
        assertNotNull(out.readLine(), "the child stopped saving: " + Files.readString(log));
        // Saves follow each other, so a delay of up to one save's length lands anywhere inside
        // one; its second half, where the files are written and renamed, is aimed at more often.
        long save = System.nanoTime() - start;
        TimeUnit.NANOSECONDS.sleep((long) ((0.3 + 0.7 * random.nextDouble()) * save));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
      }
      List<String> files = ModelFiles.names(folder);
      try (AutoencoderModel loaded = ModelStore.load(folder)) {
        assertEquals(List.of(256, 64), loaded.metadata().spec().hidden(), files.toString());
      }
    }
    try (AutoencoderModel last = AutoencoderModel.create(SaveLoop.metadata(ModelKind.VAE))) {
      ModelStore.save(last, folder);
    }
    assertEquals(List.of("NOTES.txt", "latentlab.json", "model.params"), ModelFiles.names(folder));
    assertEquals("mine", Files.readString(folder.resolve("NOTES.txt")));
    try (var s = Files.list(tmp)) {
      assertEquals(
          List.of("model"),
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.equals("model") || n.startsWith("."))
              .toList());
    }
  }

  private static Process start(Path log, Path... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                SaveLoop.class.getName()));
    for (Path a : args) {
      command.add(a.toString());
    }
    return new ProcessBuilder(command).redirectError(log.toFile()).start();
  }
}
