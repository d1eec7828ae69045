package org.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Raises a real SIGINT in this JVM. The test installs a counting handler of its own underneath
 * first, so that no interrupt reaches the JVM's own handler (which would end the test JVM).
 */
class InterruptsTest {
  private static final Signal INT = new Signal("INT");

  @Test
  void theFirstCtrlCRunsTheActionAndTheNextGoesToTheHandlerInstalledBefore() throws Exception {
    Counter before = new Counter();
    Counter training = new Counter();
    SignalHandler jvms = Signal.handle(INT, signal -> before.hit());
    try {
      try (Interrupts run = Interrupts.install(training::hit)) {
        Signal.raise(INT);
        training.await(1);
        Signal.raise(INT);
        before.await(1);
        assertEquals(1, training.count(), "the action runs once: a second Ctrl-C means quit now");
      }
      // closed: the handler from before has Ctrl-C again, and the run's action no longer runs
      Signal.raise(INT);
      before.await(2);
      assertEquals(1, training.count());
    } finally {
      Signal.handle(INT, jvms);
    }
  }

  /** Counts interrupts; signal handlers run on their own thread, so tests wait for them. */
  private static final class Counter {
    private final AtomicInteger hits = new AtomicInteger();
    private final CountDownLatch[] reached = {new CountDownLatch(1), new CountDownLatch(2)};

    void hit() {
      hits.incrementAndGet();
      for (CountDownLatch l : reached) {
        l.countDown();
      }
    }

    void await(int n) throws InterruptedException {
      assertTrue(reached[n - 1].await(30, TimeUnit.SECONDS), "the handler ran " + hits + " times");
    }

    int count() {
      return hits.get();
    }
  }
}
