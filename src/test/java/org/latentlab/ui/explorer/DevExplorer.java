package org.latentlab.ui.explorer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.latentlab.testing.FakeSource;
import org.latentlab.ui.fx.FxDialogs;
import org.latentlab.ui.fx.UiThreads;

/**
 * Opens the explorer window on fake models, to look at the layout without trained models: {@code
 * java -cp target/classes:target/test-classes:<deps> org.latentlab.ui.explorer.DevExplorer\$Main
 * [count]} (a main class that is not an Application, so JavaFX runs from the class path). The first
 * bundled "pair" opens after {@code LATENTLAB_DEV_DELAY_MS} (default 0), so the loading state can
 * be seen.
 */
public final class DevExplorer extends Application {
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "dev-models");
            t.setDaemon(true);
            return t;
          });
  private ExplorerViewModel vm;

  /** The entry point. */
  public static final class Main {
    private Main() {}

    /** Launches the window. */
    public static void main(String[] args) {
      Application.launch(DevExplorer.class, args);
    }
  }

  @Override
  public void start(Stage stage) {
    int count =
        getParameters().getRaw().isEmpty()
            ? 10_000
            : Integer.parseInt(getParameters().getRaw().get(0));
    long delay = Long.parseLong(System.getenv().getOrDefault("LATENTLAB_DEV_DELAY_MS", "0"));
    FakeSource fakes = new FakeSource(count);
    ExplorerSource slow =
        new ExplorerSource() {
          @Override
          public java.util.List<String> bundledNames() {
            return fakes.bundledNames();
          }

          @Override
          public ExplorerSession openBundled(String name) throws java.io.IOException {
            try {
              Thread.sleep(delay);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return fakes.openBundled(name);
          }

          @Override
          public ExplorerSession openFolder(java.nio.file.Path folder, ExplorerSession current)
              throws java.io.IOException {
            return fakes.openFolder(folder, current);
          }
        };
    vm = new ExplorerViewModel(new UiThreads(background, Platform::runLater), slow);
    stage.setScene(new Scene(new ExplorerView(vm, new FxDialogs()), 1600, 1000));
    stage.setTitle("LatentLab (fake models)");
    stage.show();
    vm.openBundled(slow.bundledNames().get(0));
  }

  @Override
  public void stop() {
    background.shutdownNow();
    vm.close();
  }
}
