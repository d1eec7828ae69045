package org.latentlab.app;

import javafx.application.Application;

/** Opens the LatentLab window. */
final class GuiLauncher {
  private GuiLauncher() {}

  static void launch() {
    FxSettings.apply();
    Application.launch(LatentLabApp.class);
  }
}
