package org.latentlab.testing;

import java.util.ArrayDeque;
import java.util.Queue;

/** An executor that holds tasks until the test runs them, like a busy background thread. */
public final class ManualExecutor implements java.util.concurrent.Executor {
  public final Queue<Runnable> tasks = new ArrayDeque<>();

  @Override
  public void execute(Runnable command) {
    tasks.add(command);
  }

  public void runAll() {
    while (!tasks.isEmpty()) {
      tasks.poll().run();
    }
  }
}
