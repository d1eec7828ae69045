package org.latentlab.app;

import javafx.application.Application;

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
    // While JavaFX starts its toolkit, on the other core: what opening the first models needs that
    // the engine does not. The engine itself starts from Application.init (see LatentLabApp).
    BundledExplorerSource.preload();
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
