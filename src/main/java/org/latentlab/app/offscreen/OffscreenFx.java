package org.latentlab.app.offscreen;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for drawing figures without a window (the {@code render} command).
 * Without a display (no DISPLAY or WAYLAND_DISPLAY on Linux) it uses Monocle's headless platform;
 * it always uses the software renderer, so a figure looks the same on every machine.
 */
public final class OffscreenFx {
  private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
  private static boolean started;

  private OffscreenFx() {}

  /**
   * Starts the toolkit once per JVM, at JavaFX's own pulse rate (a figure is drawn once; the
   * benchmark applies the window's settings itself before it starts the toolkit).
   */
  public static synchronized void start(boolean forceHeadless) {
    if (started) {
      return;
    }
    System.setProperty("prism.order", "sw");
    // JavaFX warns on the class path ("Unsupported JavaFX configuration"): LatentLab runs from the
    // class path on purpose (see Main), so a command's stderr keeps only what concerns the user.
    JAVAFX_LOG.setLevel(Level.SEVERE);
    boolean linux =
        System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    boolean noDisplay =
        System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
    if (forceHeadless || (linux && noDisplay)) {
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.text", "t2k");
      // Monocle's virtual screen must hold the largest window drawn on it.
      System.setProperty("headless.geometry", "2560x1600-32");
    }
    Platform.setImplicitExit(false);
    CompletableFuture<Void> up = new CompletableFuture<>();
    try {
      Platform.startup(() -> up.complete(null));
      up.join();
    } catch (IllegalStateException alreadyRunning) {
      // The toolkit is up already (the window, or tests): draw with it.
    }
    started = true;
  }

  /**
   * Runs {@code work} on the FX thread and waits for its result (never called on the FX thread).
   */
  public static <T> T call(Supplier<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.get());
          } catch (Throwable t) {
            result.completeExceptionally(t);
          }
        });
    try {
      return result.get(5, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception ex) {
        throw ex;
      }
      throw e;
    } catch (TimeoutException e) {
      throw new IllegalStateException("drawing the figure took more than five minutes", e);
    }
  }
}
