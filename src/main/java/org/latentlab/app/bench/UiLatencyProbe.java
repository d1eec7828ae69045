package org.latentlab.app.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.latentlab.app.BundledExplorerSource;
import org.latentlab.app.offscreen.NoDialogs;
import org.latentlab.app.offscreen.OffscreenFx;
import org.latentlab.inference.LatentModel;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerView;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.DecodedImage;
import org.latentlab.ui.plane.PlaneViewModel;

/**
 * Measures the explorer as a user feels it, in a real (headless) window: a scripted drag across a
 * plane, timing each decoded image from the mouse event that asked for it to the first pulse after
 * it was set on the screen; and the cost of redrawing a plane full of points.
 */
final class UiLatencyProbe implements AutoCloseable {
  // A pool of one whose queue can be read: the scene probe waits until it is idle.
  private final java.util.concurrent.ThreadPoolExecutor background =
      new java.util.concurrent.ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new java.util.concurrent.LinkedBlockingQueue<>(),
          r -> {
            Thread t = new Thread(r, "bench-models");
            t.setDaemon(true);
            return t;
          });
  private final java.util.concurrent.ExecutorService measuring =
      java.util.concurrent.Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "bench-measuring");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
          });
  private final ExplorerViewModel vm;
  private Stage stage;
  private ExplorerView view;

  UiLatencyProbe(ExplorerSession session) throws Exception {
    vm =
        // As the window is built: its own source (lesson scenes that put another bundled model on a
        // plane open it), and the latent-quality scores on their own low-priority thread, which a
        // scene change does not wait for.
        new ExplorerViewModel(
            new UiThreads(background, Platform::runLater),
            new UiThreads(measuring, Platform::runLater),
            new BundledExplorerSource());
    OffscreenFx.call(
        () -> {
          vm.show(session);
          view = new ExplorerView(vm, new NoDialogs());
          stage = new Stage();
          stage.setScene(new Scene(view, 1600, 1000));
          stage.show();
          return null;
        });
    waitUntilLoaded();
    waitForPulses(5);
  }

  /** Encoding the data for both planes runs in the background: wait until it is installed. */
  private void waitUntilLoaded() throws Exception {
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (!OffscreenFx.call(
        () ->
            !vm.loadingProperty().get()
                && vm.autoencoder().dataProperty().get() != null
                && vm.vae().dataProperty().get() != null)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the explorer did not finish loading within five minutes");
      }
      Thread.sleep(50);
    }
  }

  /** Latencies in ms of a drag of {@code moves} mouse events, one every {@code intervalMs}. */
  List<Double> drag(int moves, long intervalMs) throws Exception {
    Canvas canvas = OffscreenFx.call(() -> canvasOf("#ae-canvas"));
    PlaneViewModel plane = vm.autoencoder();
    Map<String, Long> sentAt = new HashMap<>();
    List<Double> latencies = new ArrayList<>();
    List<Long> shownAt = new ArrayList<>();
    long[] pendingShown = {0};
    String[] pendingCode = {null};
    javafx.beans.value.ChangeListener<DecodedImage> decoded =
        (o, was, now) -> {
          if (now != null) {
            pendingCode[0] = Arrays.toString(now.code());
            pendingShown[0] = System.nanoTime();
          }
        };
    // The first pulse after the image was set is when it reaches the screen.
    Runnable pulse =
        () -> {
          if (pendingCode[0] != null) {
            Long sent = sentAt.get(pendingCode[0]);
            if (sent != null) {
              latencies.add((System.nanoTime() - sent) / 1e6);
              shownAt.add(pendingShown[0]);
            }
            pendingCode[0] = null;
          }
        };
    OffscreenFx.call(
        () -> {
          plane.decodedProperty().addListener(decoded);
          stage.getScene().addPostLayoutPulseListener(pulse);
          return null;
        });
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    fire(canvas, MouseEvent.MOUSE_PRESSED, w * 0.3, h * 0.3, sentAt, plane);
    for (int i = 0; i < moves; i++) {
      double t = (double) i / moves;
      double x = w * (0.3 + 0.4 * t);
      double y = h * (0.3 + 0.4 * Math.sin(t * Math.PI * 3) * 0.5 + 0.2 * t);
      fire(canvas, MouseEvent.MOUSE_DRAGGED, x, y, sentAt, plane);
      Thread.sleep(intervalMs);
    }
    fire(canvas, MouseEvent.MOUSE_RELEASED, w * 0.7, h * 0.5, sentAt, plane);
    // Latest wins: the drag is over when the image for its last position is on the screen.
    long deadline = System.nanoTime() + 30_000_000_000L;
    String last = OffscreenFx.call(() -> Arrays.toString(plane.cursorProperty().get()));
    while (System.nanoTime() < deadline) {
      waitForPulses(1);
      boolean shown =
          OffscreenFx.call(
              () ->
                  plane.decodedProperty().get() != null
                      && Arrays.toString(plane.decodedProperty().get().code()).equals(last)
                      && pendingCode[0] == null);
      if (shown) {
        break;
      }
    }
    // A later drag (or probe) must not pay for this one's bookkeeping on the FX thread.
    return OffscreenFx.call(
        () -> {
          plane.decodedProperty().removeListener(decoded);
          stage.getScene().removePostLayoutPulseListener(pulse);
          return new ArrayList<>(latencies);
        });
  }

  /**
   * Milliseconds from a scene change (what PageDown runs) to the scene fully drawn: every model
   * call it started has answered, and a pulse has drawn the result. Each scene of {@code lesson} is
   * shown {@code rounds} times, in order, with the models already loaded.
   */
  List<Double> sceneSwitches(org.latentlab.lesson.Lesson lesson, int rounds) throws Exception {
    org.latentlab.ui.lesson.LessonViewModel lessons =
        OffscreenFx.call(
            () -> {
              var l =
                  new org.latentlab.ui.lesson.LessonViewModel(
                      new org.latentlab.ui.lesson.ExplorerDirector(
                          vm, new org.latentlab.ui.lesson.ExplorerTabs(view)),
                      new UiThreads(background, Platform::runLater));
              l.present(lesson, null);
              return l;
            });
    waitUntilSettled();
    List<Double> times = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < lesson.size(); i++) {
        int at = (i + 1) % lesson.size();
        long start = System.nanoTime();
        OffscreenFx.call(
            () -> {
              lessons.go(at);
              return null;
            });
        waitUntilSettled();
        times.add((System.nanoTime() - start) / 1e6);
      }
    }
    return times;
  }

  /**
   * Milliseconds from a pen event on the "Draw" tab's pad (the stroke extended by one point) to
   * both planes updated on the screen: the drawing re-read by both models, their cursors moved to
   * the new codes, and a pulse drawn. One event at a time, {@code events} of them along a stroke.
   */
  List<Double> strokes(int events) throws Exception {
    org.latentlab.ui.drawing.DrawingViewModel pad =
        OffscreenFx.call(
            () -> {
              view.selectTab("draw-tab");
              return view.drawing();
            });
    waitForPulses(3);
    List<Double> times = new ArrayList<>();
    OffscreenFx.call(
        () -> {
          pad.clear();
          pad.beginStroke(80, 60);
          return null;
        });
    waitUntilSettled();
    for (int i = 0; i < events; i++) {
      // A pen path over the pad: down and across in small steps, as a 60 Hz mouse gives.
      double t = (double) i / events;
      double x = 80 + 120 * t + 20 * Math.sin(t * 12);
      double y = 60 + 160 * t;
      CountDownLatch drawn = new CountDownLatch(1);
      long[] start = {0};
      OffscreenFx.call(
          () -> {
            javafx.beans.value.ChangeListener<Object> l =
                new javafx.beans.value.ChangeListener<>() {
                  @Override
                  public void changed(
                      javafx.beans.value.ObservableValue<?> o, Object was, Object now) {
                    o.removeListener(this);
                    // The reading and both cursors are set together; the next pulse draws them.
                    Runnable[] once = new Runnable[1];
                    once[0] =
                        () -> {
                          stage.getScene().removePostLayoutPulseListener(once[0]);
                          drawn.countDown();
                        };
                    stage.getScene().addPostLayoutPulseListener(once[0]);
                    Platform.requestNextPulse();
                  }
                };
            pad.readingProperty().addListener(l);
            start[0] = System.nanoTime();
            pad.extendStroke(x, y);
            return null;
          });
      if (!drawn.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("a stroke was not read within 30 s");
      }
      times.add((System.nanoTime() - start[0]) / 1e6);
      Thread.sleep(16);
    }
    OffscreenFx.call(
        () -> {
          pad.endStroke();
          view.selectTab("latent-tab");
          return null;
        });
    return times;
  }

  /** Waits until the model thread is idle and stays idle across a pulse (chained calls end). */
  private void waitUntilSettled() throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      while (background.getActiveCount() > 0 || !background.getQueue().isEmpty()) {
        Thread.sleep(1);
      }
      CountDownLatch pulse = new CountDownLatch(1);
      Platform.runLater(pulse::countDown);
      pulse.await(5, TimeUnit.SECONDS);
      if (background.getActiveCount() == 0 && background.getQueue().isEmpty()) {
        return;
      }
    }
    throw new IllegalStateException("a scene did not settle within a minute");
  }

  private static void fire(
      Canvas canvas,
      javafx.event.EventType<MouseEvent> type,
      double x,
      double y,
      Map<String, Long> sentAt,
      PlaneViewModel plane) {
    Platform.runLater(
        () -> {
          long t0 = System.nanoTime();
          // Events fired at a node carry scene coordinates; the node sees them in its own.
          var scene = canvas.localToScene(x, y);
          var screen = canvas.localToScreen(x, y);
          MouseEvent e =
              new MouseEvent(
                  type,
                  scene.getX(),
                  scene.getY(),
                  screen.getX(),
                  screen.getY(),
                  MouseButton.PRIMARY,
                  1,
                  false,
                  false,
                  false,
                  false,
                  true,
                  false,
                  false,
                  false,
                  false,
                  false,
                  null);
          Event.fireEvent(canvas, e);
          float[] code = plane.cursorProperty().get();
          if (code != null) {
            sentAt.putIfAbsent(Arrays.toString(code), t0);
          }
        });
  }

  /**
   * Times redraws of the AE plane with {@code points} points shown: milliseconds to record the
   * drawing (the FX thread's cost), and to record and rasterize it (via a snapshot of the canvas).
   */
  double[] redraw(int points, int repeats) throws Exception {
    OffscreenFx.call(
        () -> {
          vm.pointLimitProperty().set(points);
          return null;
        });
    Thread.sleep(100);
    waitUntilLoaded();
    return OffscreenFx.call(
        () -> {
          Canvas canvas = canvasOf("#ae-canvas");
          PlaneViewModel plane = vm.autoencoder();
          double[] record = new double[repeats];
          double[] raster = new double[repeats];
          for (int i = 0; i < repeats; i++) {
            double step = (i % 2 == 0 ? 1e-6 : -1e-6);
            long t0 = System.nanoTime();
            plane.pan(step, 0); // any view change redraws the canvas at once
            long t1 = System.nanoTime();
            canvas.snapshot(null, null);
            long t2 = System.nanoTime();
            record[i] = (t1 - t0) / 1e6;
            raster[i] = (t2 - t0) / 1e6;
          }
          return new double[] {Stats.median(record), Stats.median(raster)};
        });
  }

  /**
   * Resident memory (MB) of this process with the session's models loaded and the window up:
   * {loaded, after {@code warmup} decodes, after {@code decodes} more, the decodes made, the Java
   * heap committed at the second and third reading (what of RSS the heap's own sizing explains)},
   * decodes alternating between the two models (Linux; -1 elsewhere). The first ~25,000
   * single-point decodes grow the native heap once (193 → 422 MB without a window), after which it
   * stays flat for 200,000 decodes; the warm-up keeps that one-time growth out of the flatness
   * check.
   */
  long[] residentMemoryOver(int warmup, int decodes) throws Exception {
    waitForPulses(3);
    long loaded = residentMb();
    decodeAlternately(warmup);
    long before = residentMb();
    long heapBefore = heapCommittedMb();
    int made = decodeAlternately(decodes);
    System.gc();
    waitForPulses(3);
    return new long[] {loaded, before, residentMb(), made, heapBefore, heapCommittedMb()};
  }

  /** Decodes {@code decodes} codes, alternating the models; returns how many it made. */
  private int decodeAlternately(int decodes) {
    var session = vm.sessionProperty().get();
    int made = 0;
    for (int i = 0; i < decodes; i++, made++) {
      LatentModel m = i % 2 == 0 ? session.vae() : session.autoencoder();
      float[] z = new float[m.info().latentDim()];
      z[0] = (float) Math.sin(i * 0.001) * 3;
      m.decode(z);
    }
    return made;
  }

  /** The Java heap's committed size in MB. */
  static long heapCommittedMb() {
    return java.lang.management.ManagementFactory.getMemoryMXBean()
            .getHeapMemoryUsage()
            .getCommitted()
        >> 20;
  }

  /** This process's resident memory in MB (VmRSS; Linux), or -1 where it cannot be read. */
  static long residentMb() {
    try {
      for (String line :
          java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** How many points the AE plane shows now. */
  int shownPoints() throws Exception {
    return OffscreenFx.call(() -> vm.autoencoder().dataProperty().get().xs().length);
  }

  private Canvas canvasOf(String id) {
    Node holder = view.lookup(id);
    if (holder instanceof Canvas c) {
      return c;
    }
    for (Node child : ((Parent) holder).getChildrenUnmodifiable()) {
      if (child instanceof Canvas c) {
        return c;
      }
    }
    throw new IllegalStateException("no canvas under " + id);
  }

  private static void waitForPulses(int n) throws InterruptedException {
    for (int i = 0; i < n; i++) {
      CountDownLatch pulse = new CountDownLatch(1);
      Platform.runLater(pulse::countDown);
      pulse.await(5, TimeUnit.SECONDS);
      Thread.sleep(20);
    }
  }

  @Override
  public void close() throws Exception {
    OffscreenFx.call(
        () -> {
          if (stage != null) {
            stage.close();
          }
          return null;
        });
    background.shutdown();
    background.awaitTermination(5, TimeUnit.SECONDS);
    measuring.shutdownNow();
    vm.close();
  }
}
