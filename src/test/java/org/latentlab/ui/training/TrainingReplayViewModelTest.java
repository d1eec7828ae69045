package org.latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.testing.FakeTrainingService;

/**
 * A long run's replay: it stays within its snapshot budget and keeps what the lecturer scrubs to.
 */
class TrainingReplayViewModelTest {
  private static final int STEPS_PER_EPOCH = 100;
  private final TrainingReplayViewModel replay = new TrainingReplayViewModel();

  private void run(int steps) {
    replay.reset(true);
    replay.started(new int[10], List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    for (int step = 0; step < steps; step++) {
      boolean end = step > 0 && step % STEPS_PER_EPOCH == 0;
      replay.add(
          new TrainingUpdate.Codes(
              step / STEPS_PER_EPOCH, step, end, FakeTrainingService.codes(10, 1)));
    }
  }

  @Test
  void aLongRunKeepsItsFirstAndLastSnapshotAndEveryEpochEndWithinTheBudget() {
    run(1000);
    List<TrainingSnapshot> kept = replay.snapshots();
    assertTrue(kept.size() <= TrainingReplayViewModel.MAX_SNAPSHOTS, "kept " + kept.size());
    assertEquals("before training", kept.get(0).describe());
    assertEquals(999, kept.get(kept.size() - 1).step());
    assertEquals(9, kept.stream().filter(TrainingSnapshot::epochEnd).count(), "epochs 1 to 9");
    assertEquals(kept.size() - 1, replay.shownSnapshotProperty().get(), "live: the newest");
  }

  @Test
  void thinningKeepsTheEpochEndTheLecturerScrubbedToOnThePlane() {
    run(300);
    replay.showSnapshot(STEPS_PER_EPOCH);
    TrainingSnapshot chosen = replay.snapshots().get(STEPS_PER_EPOCH);
    assertEquals("end of epoch 1 \u00b7 step 100", chosen.describe());
    assertFalse(replay.liveProperty().get());
    for (int step = 300; step < 600; step++) {
      replay.add(new TrainingUpdate.Codes(3, step, false, FakeTrainingService.codes(10, 1)));
    }
    assertTrue(replay.shownSnapshotProperty().get() < STEPS_PER_EPOCH, "thinned before it");
    assertEquals(chosen, replay.snapshots().get(replay.shownSnapshotProperty().get()));
  }

  @Test
  void codesBeforeTheDataIsLoadedAreNotShown() {
    replay.reset(true);
    replay.add(new TrainingUpdate.Codes(0, 0, false, FakeTrainingService.codes(10, 1)));
    assertTrue(replay.snapshots().isEmpty());
    assertEquals(-1, replay.shownSnapshotProperty().get());
  }
}
