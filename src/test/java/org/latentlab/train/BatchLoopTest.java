package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentlab.model.EngineSetup;
import org.latentlab.testing.TrainingData;

/**
 * The loop every trainer runs: listeners see the run begin, each epoch and each batch in order;
 * cancellation stops it before the next step and a non-finite loss right after its step.
 */
class BatchLoopTest {
  // 10 images in batches of 4: batches of 4, 4 and 2 images per epoch.
  private final ImageBatches batches = new ImageBatches(TrainingData.fewHundred().head(10), 4, 1);
  private final NDManager manager = EngineSetup.engine().newBaseManager();
  private final List<String> calls = new ArrayList<>();

  @AfterEach
  void close() {
    manager.close();
  }

  /** Writes down every call it gets. */
  private final class Recorder implements BatchLoop.Listener<StepLosses> {
    @Override
    public void onTrainingBegin(BatchLoop.Position start) {
      calls.add("begin " + start);
    }

    @Override
    public void onEpochBegin(int epoch) {
      calls.add("epoch " + epoch);
    }

    @Override
    public void onBatchEnd(BatchLoop.Position at, int images, StepLosses losses) {
      calls.add(at.epoch() + "." + at.batch() + " step " + at.step() + ": " + images + " images");
    }

    @Override
    public void onEpochEnd(BatchLoop.Position end) {
      calls.add("end " + end);
    }
  }

  private BatchLoop.Step<StepLosses> losses(double... totals) {
    int[] step = {0};
    return batch -> {
      calls.add("step");
      return new StepLosses(1, 0, totals[step[0]++]);
    };
  }

  @Test
  void listenersSeeEveryEpochAndBatchInOrder() throws Exception {
    new BatchLoop<>(losses(1, 1, 1, 1, 1, 1), List.of(new Recorder())).run(manager, batches, 2);
    assertEquals(
        List.of(
            "begin Position[epoch=0, epochs=2, batch=0, batches=3, step=0]",
            "epoch 1",
            "step",
            "1.1 step 1: 4 images",
            "step",
            "1.2 step 2: 4 images",
            "step",
            "1.3 step 3: 2 images",
            "end Position[epoch=1, epochs=2, batch=3, batches=3, step=3]",
            "epoch 2",
            "step",
            "2.1 step 4: 4 images",
            "step",
            "2.2 step 5: 4 images",
            "step",
            "2.3 step 6: 2 images",
            "end Position[epoch=2, epochs=2, batch=3, batches=3, step=6]"),
        calls);
  }

  @Test
  void aNonFiniteLossStopsTheRunRightAfterItsStep() {
    var loop =
        new BatchLoop<>(
            losses(3, 2, 1, 1, Double.NaN, 1),
            List.of(new DivergenceCheck<StepLosses>(StepLosses::total, true), new Recorder()));
    var e = assertThrows(TrainingStoppedException.class, () -> loop.run(manager, batches, 2));
    assertFalse(e.cancelled());
    assertEquals(
        "the loss became NaN in epoch 2, batch 2; training stopped and nothing was saved"
            + " (try a lower learning rate)",
        e.getMessage());
    assertEquals(5, calls.stream().filter("step"::equals).count());
    assertEquals(
        "2.1 step 4: 4 images",
        calls.get(calls.size() - 2),
        "the diverged step is not" + " reported: " + calls);
  }

  @Test
  void cancellingStopsTheRunBeforeTheNextStep() {
    Cancellation cancellation = new Cancellation();
    BatchLoop.Listener<StepLosses> cancelAfterTwoSteps =
        new BatchLoop.Listener<>() {
          @Override
          public void onBatchEnd(BatchLoop.Position at, int images, StepLosses losses) {
            if (at.step() == 2) {
              cancellation.cancel();
            }
          }
        };
    var loop = new BatchLoop<>(losses(1, 1, 1), List.of(cancellation, cancelAfterTwoSteps));
    var e = assertThrows(TrainingStoppedException.class, () -> loop.run(manager, batches, 1));
    assertTrue(e.cancelled());
    assertEquals("training cancelled in epoch 1; nothing was saved", e.getMessage());
    assertEquals(2, calls.stream().filter("step"::equals).count());
  }
}
