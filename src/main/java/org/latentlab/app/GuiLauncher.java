package org.latentlab.app;

import javafx.application.Application;
import org.latentlab.model.EngineSetup;

/** Opens the LatentLab window. */
public final class GuiLauncher {
  private GuiLauncher() {}

  static void launch(String... args) {
    launch(LatentLabApp.class, args);
  }

  /**
   * Opens the window of {@code app}, LatentLab's or a subclass of it.
   *
   * @param args the window's parameters ({@code --lesson=FILE})
   */
  public static void launch(Class<? extends LatentLabApp> app, String... args) {
    FxSettings.apply();
    // Loading libtorch takes about half a second; do it while JavaFX starts its toolkit, instead of
    // after (the models are opened from Application.init, once the toolkit is up).
    Thread engine = new Thread(EngineSetup::engine, "engine-start");
    engine.setDaemon(true);
    engine.start();
    Application.launch(app, args);
  }
}
