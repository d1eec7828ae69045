package org.latentlab.ui.fx;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The dialogs the explorer opens; tests substitute answers instead of showing windows. */
public interface Dialogs {

  /** Asks for a model folder to open. */
  Optional<Path> chooseModelFolder(Window owner);

  /** Asks where to save a PNG, suggesting {@code suggestedName}. */
  Optional<Path> choosePngFile(Window owner, String suggestedName);

  /**
   * Asks for a folder of IDX files to train on. Implementations that cannot ask (off-screen
   * rendering) answer with nothing.
   */
  default Optional<Path> chooseDataFolder(Window owner) {
    return Optional.empty();
  }

  /** Asks for the folder to put a trained model's folder in, starting at {@code initial}. */
  default Optional<Path> chooseSaveFolder(Window owner, Path initial) {
    return Optional.empty();
  }

  /** Shows a one-line error; the app stays usable. */
  void showError(Window owner, String message);
}
