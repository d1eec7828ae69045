package org.latentlab.ui.fx;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A one-slot queue of background work: a new request replaces the pending one that has not started
 * yet, so dragging the mouse never builds a backlog of stale decodes. Results are applied on the FX
 * executor in request order, and a result older than one already applied is dropped.
 *
 * <p>Call {@link #submit} from the FX thread.
 *
 * @param <T> the result of one request
 */
public final class LatestWins<T> {
  private final UiThreads threads;
  private final Consumer<Throwable> onError;
  private final AtomicReference<Job<T>> pending = new AtomicReference<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private long submitted;
  private long applied;

  /**
   * A channel on the given threads.
   *
   * @param threads where work runs and where results are applied
   * @param onError receives failures of the work, on the FX executor
   */
  public LatestWins(UiThreads threads, Consumer<Throwable> onError) {
    this.threads = Objects.requireNonNull(threads);
    this.onError = Objects.requireNonNull(onError);
  }

  /**
   * Runs {@code work} in the background (unless a newer request arrives before it starts) and hands
   * its result to {@code apply} on the FX executor.
   */
  public void submit(Supplier<T> work, Consumer<T> apply) {
    pending.set(new Job<>(++submitted, work, apply));
    if (draining.compareAndSet(false, true)) {
      threads.background().execute(this::drain);
    }
  }

  private void drain() {
    while (true) {
      Job<T> job = pending.getAndSet(null);
      if (job == null) {
        draining.set(false);
        // A request may have slipped in between the check and the flag: take it if nobody else
        // does.
        if (pending.get() != null && draining.compareAndSet(false, true)) {
          continue;
        }
        return;
      }
      run(job);
    }
  }

  private void run(Job<T> job) {
    T result;
    try {
      result = job.work.get();
    } catch (RuntimeException | Error e) {
      threads.fx().execute(() -> onError.accept(e));
      return;
    }
    threads
        .fx()
        .execute(
            () -> {
              if (job.seq > applied) {
                applied = job.seq;
                job.apply.accept(result);
              }
            });
  }

  private record Job<T>(long seq, Supplier<T> work, Consumer<T> apply) {}
}
