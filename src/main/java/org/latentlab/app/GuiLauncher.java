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
    passiveOpenMp();
    // Loading libtorch takes about half a second; do it while JavaFX starts its toolkit, instead of
    // after (the models are opened from Application.init, once the toolkit is up).
    Thread engine = new Thread(EngineSetup::engine, "engine-start");
    engine.setDaemon(true);
    engine.start();
    Application.launch(app, args);
  }

  /**
   * Lets libtorch's OpenMP threads sleep between parallel regions instead of spinning ({@code
   * OMP_WAIT_POLICY=PASSIVE}, unless the environment sets it; before the engine starts, which is
   * when OpenMP reads it). Why: the window's own threads (drawing, the FX thread) need the same two
   * cores; a spinning worker that the scheduler pre-empts stalls every matrix product of a training
   * step. Measured with the cores shared (README, Benchmarks): 2 epochs of {@code train} on 1,000
   * digits took 17.7 s per epoch with OpenMP spinning and 0.51 s with it passive.
   */
  public static void passiveOpenMp() {
    CLibrary.setEnvIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
  }
}
