package org.latentlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentlab.train.TrainingObserver;

/**
 * The Train tab's snapshots: the first and every epoch's end are always taken; one within an epoch
 * only while snapshots have taken at most 8% of the run so far (a clock the test moves).
 */
class SnapshotBudgetTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'the first snapshot, however costly', 0, false, 0, 0, true",
    "'an epoch end, however costly', 40, true, 900, 1000, true",
    "'mid-epoch, snapshots took 5% so far', 20, false, 50, 1000, true",
    "'mid-epoch, snapshots took 8% so far', 20, false, 80, 1000, true",
    "'mid-epoch, snapshots took 20% so far', 20, false, 200, 1000, false",
  })
  void aSnapshotIsTakenWhenTheRunCanAffordIt(
      String what, long step, boolean epochEnd, long spentMs, long elapsedMs, boolean taken) {
    long[] now = {0};
    SnapshotBudget budget = new SnapshotBudget(() -> now[0]);
    budget.spent(spentMs * 1_000_000);
    now[0] = elapsedMs * 1_000_000;
    var at = new TrainingObserver.Checkpoint(1, 10, (int) step, 79, step, epochEnd);
    assertEquals(taken, budget.affords(at), what);
  }
}
