package org.latentlab.inference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.ModelStore;

/** Opens models as {@link LatentModel}s: from a model folder or from the bundled set. */
public final class LatentModels {
  private LatentModels() {}

  /** Opens the model folder {@code folder}; the message of a failure says what is wrong. */
  public static LatentModel open(Path folder) throws IOException {
    AutoencoderModel m = ModelStore.load(folder);
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return new DjlLatentModel(m, name == null ? folder.toString() : name.toString(), true);
  }

  /** Opens a bundled model: "mnist-ae", "mnist-vae", "fashion-ae" or "fashion-vae". */
  public static LatentModel openBundled(String name) throws IOException {
    return new DjlLatentModel(ModelStore.loadBundled(name), displayName(name), true);
  }

  /** Wraps a model already in memory (e.g. one just trained); the handle takes ownership. */
  public static LatentModel wrap(AutoencoderModel model, String name) {
    return new DjlLatentModel(model, name, true);
  }

  /**
   * A handle over a model someone else owns, e.g. the one a training run is updating: closing the
   * handle leaves the model open. Use it on the owner's thread, between the owner's own uses.
   */
  public static LatentModel borrow(AutoencoderModel model, String name) {
    return new DjlLatentModel(model, name, false);
  }

  private static String displayName(String bundled) {
    String[] parts = bundled.split("-", 2);
    String data = parts[0].equals("fashion") ? "Fashion-MNIST" : parts[0].toUpperCase(Locale.ROOT);
    return parts.length == 2 ? data + " " + parts[1].toUpperCase(Locale.ROOT) : bundled;
  }
}
