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
            List.of(DivergenceCheck.forElbo(784), new Recorder()));
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

  private BatchLoop.Step<StepLosses> steps(StepLosses... losses) {
    int[] step = {0};
    return batch -> {
      calls.add("step");
      return losses[step[0]++];
    };
  }

  private TrainingStoppedException diverged(int epochs, StepLosses... losses) {
    var loop =
        new BatchLoop<>(steps(losses), List.of(DivergenceCheck.forElbo(784), new Recorder()));
    var e = assertThrows(TrainingStoppedException.class, () -> loop.run(manager, batches, epochs));
    assertFalse(e.cancelled());
    return e;
  }

  @Test
  void aNonFiniteTermStopsTheRunEvenWhenTheObjectiveLooksFinite() {
    var e = diverged(1, new StepLosses(540, 3, 543), new StepLosses(200, Double.NaN, 200));
    assertTrue(
        e.getMessage().startsWith("the loss became NaN in epoch 1, batch 2;"), e.getMessage());
  }

  @Test
  void aLossFarAboveAnySaneValueStopsTheRunThoughItIsFinite() {
    var e = diverged(1, new StepLosses(540, 3, 543), new StepLosses(1.9e18, 4e17, 2.3e18));
    assertEquals(
        "the loss exploded to 2.3e+18 nats per image in epoch 1, batch 2 (a model that learns"
            + " stays far below 78400.0); training stopped and nothing was saved (try a lower"
            + " learning rate)",
        e.getMessage());
    assertEquals(2, calls.stream().filter("step"::equals).count());
  }

  @Test
  void anEpochWhoseLossGrewAHundredfoldStopsTheRun() {
    StepLosses start = new StepLosses(180, 10, 190);
    StepLosses grown = new StepLosses(30_000, 5_000, 35_000);
    var e = diverged(2, start, start, start, grown, grown, grown);
    assertEquals(
        "the loss exploded: epoch 2 averaged 35000.0 nats per image, more than 100 times the"
            + " first epoch's 190.0; training stopped and nothing was saved (try a lower learning"
            + " rate)",
        e.getMessage());
    assertFalse(calls.contains("end Position[epoch=2, epochs=2, batch=3, batches=3, step=6]"));
  }

  @Test
  void aLossThatFallsOrSpikesBelowTheCeilingTrainsOn() throws Exception {
    StepLosses start = new StepLosses(540, 3, 543);
    StepLosses spike = new StepLosses(5_000, 400, 5_400);
    StepLosses later = new StepLosses(150, 7, 157);
    new BatchLoop<>(
            steps(start, spike, start, later, later, later),
            List.of(DivergenceCheck.forElbo(784), new Recorder()))
        .run(manager, batches, 2);
    assertEquals(6, calls.stream().filter("step"::equals).count(), "a healthy run is not stopped");
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
