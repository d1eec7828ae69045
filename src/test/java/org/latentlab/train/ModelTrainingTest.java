package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.DataSources;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.ModelExistsException;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelStore;

/** The train-and-save path the CLI and the window share, on a few hundred bundled digits. */
class ModelTrainingTest {
  @TempDir Path tmp;

  private static TrainingPlan plan(ModelKind kind, boolean klOnly, Path out) {
    return new TrainingPlan(
        "mnist", 200, kind, List.of(32), 2, 1, klOnly, 2, 50, 1e-3, 1, out, false);
  }

  @Test
  void trainsSavesTheModelAndReportsItsEpochs() throws Exception {
    Path out = tmp.resolve("vae");
    ModelTraining training =
        ModelTraining.prepare(DataSources.fromEnvironment(), plan(ModelKind.VAE, false, out));
    assertEquals(200, training.images().count());
    assertEquals(4, training.batchesPerEpoch());
    assertFalse(Files.exists(out), "nothing is written before training");

    ModelTraining.Saved saved = training.run(ModelTrainer.quiet());
    assertEquals(out.toAbsolutePath(), saved.folder());
    assertEquals(2, saved.report().epochs().size());
    try (AutoencoderModel model = ModelStore.load(out)) {
      assertEquals("mnist", model.metadata().dataset());
      assertEquals(2, model.metadata().training().epochs());
      assertEquals(saved.report().last().mean().total(), model.metadata().training().total(), 1e-6);
    }
  }

  @Test
  void aBadPlanFailsBeforeAnyWork() throws Exception {
    Path model = tmp.resolve("model");
    ModelTraining.prepare(DataSources.fromEnvironment(), plan(ModelKind.AE, false, model))
        .run(ModelTrainer.quiet());
    byte[] params = Files.readAllBytes(model.resolve(ModelStore.PARAMS));
    var exists =
        assertThrows(
            ModelExistsException.class,
            () ->
                ModelTraining.prepare(
                    DataSources.fromEnvironment(), plan(ModelKind.VAE, false, model)));
    assertTrue(exists.getMessage().contains("already holds a model (AE "), exists.getMessage());
    assertArrayEquals(params, Files.readAllBytes(model.resolve(ModelStore.PARAMS)));

    var klOnlyAe =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ModelTraining.prepare(
                    DataSources.fromEnvironment(), plan(ModelKind.AE, true, tmp.resolve("ae"))));
    assertTrue(klOnlyAe.getMessage().contains("'KL only' needs a VAE"), klOnlyAe.getMessage());
  }

  @Test
  void aCancelledRunSavesNothing() throws Exception {
    Path out = tmp.resolve("cancelled");
    ModelTraining training =
        ModelTraining.prepare(DataSources.fromEnvironment(), plan(ModelKind.AE, false, out));
    Cancellation cancellation = new Cancellation();
    cancellation.cancel();
    var e =
        assertThrows(
            TrainingStoppedException.class,
            () -> training.run(new ModelTrainer(event -> {}, cancellation)));
    assertTrue(e.cancelled());
    assertFalse(Files.exists(out));
  }
}
