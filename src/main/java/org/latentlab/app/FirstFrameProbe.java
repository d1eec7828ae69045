package org.latentlab.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.latentlab.ui.ExplorerViewModel;

/**
 * For the start-up benchmark: with {@code -Dlatentlab.exitAfterFirstFrame=true} the app prints
 * {@code first-frame} at the first pulse after both planes have their points, and exits. The
 * benchmark times that line from outside, so JVM start-up counts.
 */
final class FirstFrameProbe {
  private FirstFrameProbe() {}

  static void attachIfRequested(Scene scene, ExplorerViewModel explorer) {
    if (!Boolean.getBoolean("latentlab.exitAfterFirstFrame")) {
      return;
    }
    boolean[] armed = {false};
    Runnable[] listener = new Runnable[1];
    listener[0] = () -> {
      boolean ready = explorer.sessionProperty().get() != null
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
