package org.latentlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.testing.FakeSource;
import org.latentlab.ui.about.About;

/**
 * The About dialog lists the versions running and the loaded models, and its licences agree with
 * the repository's README files and LICENSE; the window's title names both models.
 */
class AboutTest {
  @Test
  void versionsInOrderWithTheLoadedModels() {
    var session = FakeSource.session(10);
    About about = AboutFacts.collect(session);
    assertEquals(
        List.of("LatentLab", "DJL", "PyTorch (libtorch)", "JavaFX", "Java"),
        about.versions().stream().map(About.Version::name).toList());
    assertEquals("0.35.1", about.versions().get(1).version(), "the DJL on the class path");
    assertEquals("2.7.1", about.versions().get(2).version(), "the libtorch it runs");
    assertTrue(about.versions().get(4).version().startsWith(System.getProperty("java.version")));
    assertEquals(List.of("Fake AE", "Fake VAE"), about.models());
    assertTrue(about.text().contains("Models loaded: Fake AE, Fake VAE"), about.text());
    assertTrue(AboutFacts.collect(null).text().contains("Models loaded: none"));
  }

  @Test
  void theLicencesAreTheOnesTheReadmesAndLicenseState() throws Exception {
    String text = new About(List.of(), List.of()).text();
    String assets = Files.readString(Path.of("assets", "README.md"));
    for (String fact : List.of("CC BY-SA 3.0", "MIT", "Juan Cazala", "1.1.0", "Yann LeCun")) {
      assertTrue(assets.contains(fact), "assets/README.md says " + fact);
      assertTrue(text.contains(fact), "About says " + fact);
    }
    String models = Files.readString(Path.of("models", "README.md"));
    for (String name :
        List.of("mnist-ae", "mnist-vae", "fashion-ae", "fashion-vae", "train-classifier")) {
      assertTrue(models.contains(name), "models/README.md names " + name);
      assertTrue(text.contains(name), "About names " + name);
    }
    String licence = Files.readString(Path.of("LICENSE"));
    assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0"));
    assertTrue(text.contains("LatentLab\n  Licence: Apache License 2.0 (LICENSE)"), text);
    assertTrue(
        Files.readString(Path.of("README.md")).contains("dataset-fashion-mnist")
            && text.contains("dataset-fashion-mnist"));
  }

  @Test
  void theWindowTitleNamesBothModelsAndTheData() {
    assertEquals("LatentLab", AboutFacts.windowTitle(null));
    var session = FakeSource.session(10);
    assertEquals(
        "LatentLab \u2014 Fake AE and Fake VAE \u00b7 " + session.title(),
        AboutFacts.windowTitle(session));
  }
}
