package org.latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.latentlab.testing.ExplorerFxTestBase;

/** Each plane names the model it shows, and a model folder once opened stays in the switcher. */
class ModelNamingTest extends ExplorerFxTestBase {
  private String label(String id) {
    return lookup(id).queryAs(Label.class).getText();
  }

  @SuppressWarnings("unchecked")
  private ChoiceBox<String> switcher() {
    return lookup("#model-choice").queryAs(ChoiceBox.class);
  }

  @Test
  void thePlanesNameTheirModelsAndAnOpenedFolderStaysOnOffer() {
    assertEquals("Fake AE \u00b7 AE \u00b7 2-D latent", label("#ae-model"));
    assertEquals("Fake VAE \u00b7 VAE \u00b7 \u03b2 = 1 \u00b7 2-D latent", label("#vae-model"));

    interact(() -> vm.openFolder(Path.of("/models/fake-vae-beta0")));
    assertTrue(label("#vae-model").startsWith("fake-vae-beta0 \u00b7 VAE"), label("#vae-model"));
    assertEquals("Fake AE \u00b7 AE \u00b7 2-D latent", label("#ae-model"), "the AE stays");
    assertEquals("Folder: fake-vae-beta0", switcher().getValue(), "not a blank switcher");

    interact(() -> switcher().setValue("Fake fashion"));
    assertEquals("Fake fashion", vm.sessionProperty().get().title());
    assertTrue(switcher().getItems().contains("Folder: fake-vae-beta0"), "still on offer");
    interact(() -> switcher().setValue("Folder: fake-vae-beta0"));
    assertTrue(label("#vae-model").startsWith("fake-vae-beta0"), label("#vae-model"));
  }
}
