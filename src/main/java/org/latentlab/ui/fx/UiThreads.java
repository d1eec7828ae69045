package org.latentlab.ui.fx;

import java.util.concurrent.Executor;

/**
 * Where work runs: model calls on {@code background}, results applied on {@code fx} (the JavaFX
 * thread, via {@code Platform::runLater}). Tests pass {@link #sameThread()} and assert
 * synchronously.
 *
 * @param background runs encoding and decoding; one thread is enough since models serialize calls
 * @param fx applies results to view-model state
 */
public record UiThreads(Executor background, Executor fx) {

  /** Both executors run the task at once on the caller's thread (for tests). */
  public static UiThreads sameThread() {
    return new UiThreads(Runnable::run, Runnable::run);
  }
}
