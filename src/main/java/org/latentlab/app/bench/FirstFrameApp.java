package org.latentlab.app.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.latentlab.app.GuiLauncher;
import org.latentlab.app.LatentLabApp;
import org.latentlab.ui.explorer.ExplorerViewModel;

/**
 * The window as the start-up benchmark runs it: LatentLab's own window, which prints {@code
 * first-frame} at the first pulse after both planes have their points, and exits. The benchmark
 * times that line from outside, so JVM start-up counts. A user's window never carries this probe.
 */
public final class FirstFrameApp extends LatentLabApp {

  /** Opens the window (see {@link WindowProbes}). */
  static void main(String[] args) {
    GuiLauncher.launch(FirstFrameApp.class);
  }

  @Override
  protected void sceneReady(Scene scene, ExplorerViewModel explorer) {
    boolean[] armed = {false};
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          boolean ready =
              explorer.sessionProperty().get() != null
                  && !explorer.loadingProperty().get()
                  && explorer.autoencoder().dataProperty().get() != null
                  && explorer.vae().dataProperty().get() != null;
          if (ready && armed[0]) {
            // This pulse renders the planes drawn in the previous one.
            System.out.println("first-frame");
            System.out.flush();
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.exit();
          } else if (ready) {
            armed[0] = true;
            Platform.requestNextPulse();
          }
        };
    scene.addPostLayoutPulseListener(listener[0]);
  }
}
