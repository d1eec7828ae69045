package org.latentlab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.BundledMnist;
import org.latentlab.data.DataSources;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.ui.training.TrainingRequest;
import org.latentlab.ui.training.TrainingUpdate;

/**
 * The Train tab's run from a trained model (a recorded run's "Train it live"): it starts at that
 * model's codes, and a model that cannot be loaded fails the run in one line.
 */
class DjlTrainingServiceStartFromTest {
  @TempDir Path tmp;

  private static TrainingRequest klOnly(String startFrom, Path out) {
    return new TrainingRequest(
        "mnist",
        true,
        2,
        List.of(512, 256),
        1,
        128,
        2e-4,
        1,
        true,
        128,
        0,
        20,
        out,
        1,
        startFrom,
        false);
  }

  private static List<TrainingUpdate> run(TrainingRequest r) throws Exception {
    LinkedBlockingQueue<TrainingUpdate> updates = new LinkedBlockingQueue<>();
    try (DjlTrainingService service = new DjlTrainingService(DataSources.fromEnvironment())) {
      service.start(r, updates::add);
      List<TrainingUpdate> all = new java.util.ArrayList<>();
      while (true) {
        TrainingUpdate u = updates.poll(120, TimeUnit.SECONDS);
        all.add(u);
        if (u == null
            || u instanceof TrainingUpdate.Finished
            || u instanceof TrainingUpdate.Stopped
            || u instanceof TrainingUpdate.Failed) {
          return all;
        }
      }
    }
  }

  @Test
  void aRunFromTheBundledVaeStartsAtItsCodes() throws Exception {
    List<TrainingUpdate> updates = run(klOnly("mnist-vae", tmp.resolve("kl")));
    assertInstanceOf(TrainingUpdate.Finished.class, updates.get(updates.size() - 1));
    TrainingUpdate.Codes first =
        (TrainingUpdate.Codes)
            updates.stream().filter(u -> u instanceof TrainingUpdate.Codes).findFirst().get();
    assertEquals(0, first.step());
    float[][] expected;
    try (LatentModel vae = LatentModels.openBundled("mnist-vae")) {
      expected = vae.encode(BundledMnist.load().head(20).imageRows(0, 20));
    }
    for (int i = 0; i < 20; i++) {
      assertArrayEquals(expected[i], first.codes()[i], 1e-4f, "image " + i);
    }
  }

  @Test
  void aModelToStartFromThatCannotBeLoadedFailsTheRunInOneLine() throws Exception {
    List<TrainingUpdate> updates = run(klOnly("mnist-vea", tmp.resolve("x")));
    TrainingUpdate.Failed failed =
        assertInstanceOf(TrainingUpdate.Failed.class, updates.get(updates.size() - 1));
    assertTrue(
        failed.message().startsWith("could not load the model to start from: no bundled model"),
        failed.message());
  }
}
