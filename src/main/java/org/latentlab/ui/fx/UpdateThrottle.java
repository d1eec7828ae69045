package org.latentlab.ui.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Carries a stream of updates from a worker thread to the FX thread in batches, at most once per
 * interval, so a fast training loop (hundreds of steps a second) cannot flood the FX thread. Urgent
 * items (epoch ends, the end of a run) are delivered at once, with everything queued before them;
 * nothing is ever dropped, and batches arrive in order.
 *
 * @param <T> the update type
 */
public final class UpdateThrottle<T> {
  private final Executor fx;
  private final LongSupplier nanoClock;
  private final long intervalNanos;
  private final Predicate<T> urgent;
  private final Consumer<List<T>> apply;
  private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final AtomicLong lastFlush;
  private final AtomicLong flushes = new AtomicLong();

  /**
   * @param fx where batches are applied
   * @param nanoClock the clock (System::nanoTime; tests pass a fake)
   * @param maxPerSecond at most this many non-urgent flushes per second
   * @param urgent items delivered without waiting
   * @param apply receives each batch, on {@code fx}
   */
  public UpdateThrottle(
      Executor fx,
      LongSupplier nanoClock,
      int maxPerSecond,
      Predicate<T> urgent,
      Consumer<List<T>> apply) {
    this.fx = fx;
    this.nanoClock = nanoClock;
    this.intervalNanos = 1_000_000_000L / maxPerSecond;
    this.urgent = urgent;
    this.apply = apply;
    this.lastFlush = new AtomicLong(nanoClock.getAsLong() - intervalNanos);
  }

  /** Queues {@code item}; schedules a flush if one is due. Any thread. */
  public void post(T item) {
    queue.add(item);
    long now = nanoClock.getAsLong();
    boolean due = urgent.test(item) || now - lastFlush.get() >= intervalNanos;
    if (due && scheduled.compareAndSet(false, true)) {
      lastFlush.set(now);
      fx.execute(this::flush);
    }
  }

  private void flush() {
    scheduled.set(false);
    List<T> batch = new ArrayList<>();
    for (T t = queue.poll(); t != null; t = queue.poll()) {
      batch.add(t);
    }
    if (!batch.isEmpty()) {
      flushes.incrementAndGet();
      apply.accept(batch);
    }
  }

  /** How many batches have been applied. */
  public long flushes() {
    return flushes.get();
  }
}
