package org.latentlab.app.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import org.latentlab.app.GuiLauncher;
import org.latentlab.app.LatentLabApp;
import org.latentlab.app.offscreen.OffscreenFx;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.training.TrainingService;
import org.latentlab.ui.training.TrainingUpdate;

/**
 * The Train tab as a user runs it, for {@code bench}: LatentLab's own window (both models loaded,
 * the Train tab shown with its live plane and charts), which waits for a line {@code run SEED
 * FOLDER} on stdin, types the seed and folder into the form, presses Start and, when the run has
 * ended, prints one JSON line: the seconds of each epoch as the run reported them, and resident
 * memory before the run and a few seconds after it. {@code exit} (or the end of stdin) closes the
 * window. A user's window never carries this probe.
 */
public final class TrainTabApp extends LatentLabApp {
  /** Seconds after a run's end before its memory is read: what a user sees once the run is over. */
  private static final long SETTLE_MS = 3000;

  private static String epochs = "10";
  private static String limit = "";
  private final List<Double> epochSeconds = new ArrayList<>();
  private volatile CompletableFuture<TrainingUpdate> end = new CompletableFuture<>();

  /** Opens the window; {@code args}: EPOCHS [LIMIT] (see {@link WindowProbes}). */
  static void main(String[] args) {
    epochs = args[0];
    limit = args.length > 1 ? args[1] : "";
    GuiLauncher.launch(TrainTabApp.class);
  }

  @Override
  protected TrainingService watchTraining(TrainingService service) {
    return (request, updates) ->
        service.start(
            request,
            u -> {
              if (u instanceof TrainingUpdate.Epoch e) {
                synchronized (epochSeconds) {
                  epochSeconds.add(e.seconds());
                }
              } else if (u instanceof TrainingUpdate.Finished
                  || u instanceof TrainingUpdate.Stopped
                  || u instanceof TrainingUpdate.Failed
                  || u instanceof TrainingUpdate.ModelExists) {
                end.complete(u);
              }
              updates.accept(u);
            });
  }

  @Override
  protected void sceneReady(Scene scene, ExplorerViewModel explorer) {
    Thread script = new Thread(() -> script(scene, explorer), "train-tab-script");
    script.setDaemon(true);
    script.start();
  }

  private void script(Scene scene, ExplorerViewModel explorer) {
    try {
      while (!OffscreenFx.call(
          () ->
              explorer.sessionProperty().get() != null
                  && !explorer.loadingProperty().get()
                  && explorer.vae().dataProperty().get() != null)) {
        Thread.sleep(50);
      }
      OffscreenFx.call(
          () -> {
            TabPane tabs = (TabPane) scene.getRoot().lookup(".tab-pane");
            tabs.getTabs().stream()
                .filter(t -> "train-tab".equals(t.getId()))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
          });
      Thread.sleep(1000); // the explorer's remaining background work settles
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null && line.startsWith("run ")) {
        String[] words = line.split(" ", 3);
        System.out.println(BenchReport.jsonLine(run(scene, words[1], words[2])));
        System.out.flush();
      }
    } catch (Exception e) {
      System.out.println("{\"error\":\"" + e.toString().replace('"', '\'') + "\"}");
      System.out.flush();
    }
    Platform.exit();
  }

  private Map<String, Object> run(Scene scene, String seed, String folder) throws Exception {
    synchronized (epochSeconds) {
      epochSeconds.clear();
    }
    end = new CompletableFuture<>();
    System.gc();
    Thread.sleep(500);
    long before = UiLatencyProbe.residentMb();
    long heapBefore = UiLatencyProbe.heapCommittedMb();
    String nmtBefore = nativeMemory();
    Map<String, Double> cpu0 = ThreadCpu.byName();
    long t0 = System.nanoTime();
    OffscreenFx.call(
        () -> {
          type(scene, "#train-epochs", epochs);
          type(scene, "#train-limit", limit);
          type(scene, "#train-seed", seed);
          type(scene, "#train-output", folder);
          ((Button) scene.getRoot().lookup("#train-start")).fire();
          return null;
        });
    TrainingUpdate last = end.get(30, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = UiLatencyProbe.residentMb();
    Map<String, Double> cpu = ThreadCpu.since(cpu0);
    Thread.sleep(SETTLE_MS);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("end", last.getClass().getSimpleName());
    synchronized (epochSeconds) {
      out.put("epochSeconds", new ArrayList<>(epochSeconds));
    }
    out.put("runSeconds", seconds);
    out.put("rssBeforeMb", before);
    out.put("rssAtEndMb", peak);
    out.put("rssAfterMb", UiLatencyProbe.residentMb());
    out.put("heapCommittedBeforeMb", heapBefore);
    out.put("heapCommittedMb", UiLatencyProbe.heapCommittedMb());
    if (!nmtBefore.isEmpty()) {
      out.put("nmtBefore", nmtBefore);
      out.put("nmtAfter", nativeMemory());
    }
    if (Boolean.getBoolean("latentlab.probe.levers")) {
      // What each lever would give back: a full GC, then malloc_trim.
      System.gc();
      Thread.sleep(500);
      out.put("rssAfterGcMb", UiLatencyProbe.residentMb());
      out.put("heapCommittedAfterGcMb", UiLatencyProbe.heapCommittedMb());
      out.put("trimmed", org.latentlab.app.CLibrary.trimHeap());
      out.put("rssAfterTrimMb", UiLatencyProbe.residentMb());
    }
    out.put("cpuSeconds", cpu);
    return out;
  }

  /**
   * The JVM's own committed memory by category in MB ("Total 480, Java Heap 280, …"), when it runs
   * with -XX:NativeMemoryTracking=summary; what RSS holds beyond it is libtorch's and the C heap's.
   */
  private static String nativeMemory() {
    try {
      var name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
      String text =
          (String)
              java.lang.management.ManagementFactory.getPlatformMBeanServer()
                  .invoke(
                      name,
                      "vmNativeMemory",
                      new Object[] {new String[] {"summary", "scale=MB"}},
                      new String[] {String[].class.getName()});
      StringBuilder b = new StringBuilder();
      var m =
          java.util.regex.Pattern.compile(
                  "(?m)^[-\\s]*(\\w[\\w ]*?) \\(reserved=\\d+MB, committed=(\\d+)MB")
              .matcher(text);
      while (m.find()) {
        if (Integer.parseInt(m.group(2)) > 0) {
          b.append(b.length() == 0 ? "" : ", ").append(m.group(1)).append(' ').append(m.group(2));
        }
      }
      return text.contains("not enabled") ? "" : b.toString();
    } catch (Exception e) {
      return "";
    }
  }

  private static void type(Scene scene, String id, String text) {
    Node n = scene.getRoot().lookup(id);
    if (!(n instanceof TextField f)) {
      throw new IllegalStateException("the Train tab has no field " + id);
    }
    f.setText(text);
  }
}
