package org.latentlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.testing.ManualExecutor;

public class LatestWinsTest {

  @Test
  void requestsThatArriveWhileBusyCollapseToTheNewest() {
    ManualExecutor background = new ManualExecutor();
    LatestWins<Integer> channel =
        new LatestWins<>(new UiThreads(background, Runnable::run), e -> {});
    List<Integer> worked = new ArrayList<>();
    List<Integer> applied = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      int n = i;
      channel.submit(
          () -> {
            worked.add(n);
            return n;
          },
          applied::add);
    }
    background.runAll();
    assertEquals(List.of(5), worked);
    assertEquals(List.of(5), applied);
  }

  @Test
  void resultsOlderThanOneAlreadyAppliedAreDropped() {
    ManualExecutor fx = new ManualExecutor();
    LatestWins<Integer> channel = new LatestWins<>(new UiThreads(Runnable::run, fx), e -> {});
    List<Integer> applied = new ArrayList<>();
    channel.submit(() -> 1, applied::add);
    channel.submit(() -> 2, applied::add);
    // Both ran; deliver the FX tasks in reverse order, as a slow queue might.
    List<Runnable> delivered = new ArrayList<>(fx.tasks);
    fx.tasks.clear();
    delivered.get(1).run();
    delivered.get(0).run();
    assertEquals(List.of(2), applied);
  }

  @Test
  void failuresGoToTheErrorHandlerAndLaterRequestsStillRun() {
    List<Throwable> errors = new ArrayList<>();
    List<Integer> applied = new ArrayList<>();
    LatestWins<Integer> channel = new LatestWins<>(UiThreads.sameThread(), errors::add);
    channel.submit(
        () -> {
          throw new IllegalStateException("boom");
        },
        applied::add);
    channel.submit(() -> 7, applied::add);
    assertEquals(1, errors.size());
    assertEquals(List.of(7), applied);
  }
}
