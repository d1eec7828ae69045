package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.data.ImageSet;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.model.InputBuffer;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;
import org.latentlab.testing.TrainingData;

/** The hook that lets the window redraw the latent plane while a model trains. */
class TrainingObserverTest {
  private static final ModelSpec SMALL_VAE =
      new ModelSpec(ModelKind.VAE, 28, 28, List.of(64, 32), 2);

  @Test
  void seesTheModelBeforeTrainingEveryNStepsAndAtEveryEpochEndWithoutRecordingGradients()
      throws Exception {
    ImageSet images = TrainingData.fewHundred().head(320);
    float[][] probe = images.imageRows(0, 50);
    List<TrainingObserver.Checkpoint> seen = new ArrayList<>();
    List<float[][]> codes = new ArrayList<>();
    List<Boolean> recorded = new ArrayList<>();
    String trainingThread = Thread.currentThread().getName();
    List<String> threads = new ArrayList<>();
    TrainingObserver observer =
        (model, at) -> {
          seen.add(at);
          threads.add(Thread.currentThread().getName());
          try (LatentModel view = LatentModels.borrow(model, "in training")) {
            codes.add(view.encode(probe));
          }
          try (NDManager m = model.manager().newSubManager()) {
            NDArray x =
                new InputBuffer().create(m, probe[0], new ai.djl.ndarray.types.Shape(1, 784));
            NDArray z = model.block().encodeMean(new ParameterStore(m, false), x);
            recorded.add(z.hasGradient());
          }
        };
    // 320 images in batches of 64: 5 steps per epoch, 2 epochs; observe every 2 steps.
    var options = new TrainingOptions(SMALL_VAE, 1, 1, 2, 64, 1e-3, 1);
    var result = ModelTrainer.quiet().observing(observer, 2).train(images, "test", options);
    try (LatentModel trained = LatentModels.wrap(result.model(), "trained")) {
      List<String> where =
          seen.stream().map(c -> c.epoch() + ":" + c.step() + (c.epochEnd() ? "e" : "")).toList();
      assertEquals(List.of("0:0", "1:2", "1:4", "1:5e", "2:6", "2:8", "2:10e"), where);
      assertEquals(0.0, seen.get(0).progress());
      assertEquals(1.0, seen.get(seen.size() - 1).progress());
      assertTrue(
          threads.stream().allMatch(trainingThread::equals), "observed on the training thread");
      assertFalse(recorded.contains(true), "no forward pass in the observer records gradients");
      assertNotEquals(codes.get(0)[0][0], codes.get(codes.size() - 1)[0][0], "the codes move");
      float[][] after = trained.encode(probe);
      assertEquals(
          after[7][1],
          codes.get(codes.size() - 1)[7][1],
          1e-6,
          "the last observation saw the finished weights");
    }
  }

  @Test
  void aBorrowedHandleLeavesTheModelOpen() throws Exception {
    var result =
        ModelTrainer.quiet()
            .train(
                TrainingData.fewHundred().head(64),
                "test",
                new TrainingOptions(SMALL_VAE, 1, 1, 1, 64, 1e-3, 1));
    LatentModel borrowed = LatentModels.borrow(result.model(), "view");
    borrowed.close();
    try (LatentModel owner = LatentModels.wrap(result.model(), "owner")) {
      assertEquals(
          2, owner.encode(new float[1][784])[0].length, "still usable after the view closed");
    }
  }
}
