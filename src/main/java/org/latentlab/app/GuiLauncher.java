package org.latentlab.app;

/** Opens the LatentLab window. */
final class GuiLauncher {
  private GuiLauncher() {}

  static void launch() {
    System.err.println("latentlab: the window is not built yet; run a command, e.g. 'latentlab --help'");
    System.exit(2);
  }
}
