package org.latentlab.app;

import ai.djl.engine.Engine;
import java.util.ArrayList;
import java.util.List;
import org.latentlab.cli.LatentLabCli;
import org.latentlab.model.EngineSetup;
import org.latentlab.ui.about.About;
import org.latentlab.ui.explorer.ExplorerSession;

/** Collects what the About dialog lists: the versions in use and the loaded models. */
final class AboutFacts {
  private AboutFacts() {}

  /** The versions running now and the models of {@code session} (may be null). */
  static About collect(ExplorerSession session) {
    List<About.Version> v = new ArrayList<>();
    v.add(new About.Version("LatentLab", appVersion()));
    v.add(new About.Version("DJL", known(safe(Engine::getDjlVersion))));
    v.add(
        new About.Version(
            "PyTorch (libtorch)", known(safe(() -> EngineSetup.engine().getVersion()))));
    v.add(new About.Version("JavaFX", known(System.getProperty("javafx.runtime.version"))));
    v.add(
        new About.Version(
            "Java",
            System.getProperty("java.runtime.version", System.getProperty("java.version"))
                + " ("
                + System.getProperty("java.vendor", "unknown vendor")
                + ")"));
    List<String> models =
        session == null
            ? List.of()
            : List.of(session.autoencoder().info().name(), session.vae().info().name());
    return new About(v, models);
  }

  /** The jar manifest's version, as {@code --version} prints it. */
  static String appVersion() {
    String v = LatentLabCli.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }

  /**
   * The window's title: "LatentLab — MNIST AE and MNIST VAE · MNIST", naming both loaded models and
   * the data they plot.
   */
  static String windowTitle(ExplorerSession s) {
    if (s == null) {
      return "LatentLab";
    }
    return "LatentLab \u2014 "
        + s.autoencoder().info().name()
        + " and "
        + s.vae().info().name()
        + " \u00b7 "
        + s.title();
  }

  private static String known(String v) {
    return v == null || v.isBlank() ? "unknown" : v;
  }

  private static String safe(java.util.function.Supplier<String> s) {
    try {
      return s.get();
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }
}
