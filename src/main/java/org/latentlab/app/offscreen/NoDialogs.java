package org.latentlab.app.offscreen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.latentlab.ui.fx.Dialogs;

/** Dialogs for commands that draw views without a person at the screen: an error is thrown. */
public final class NoDialogs implements Dialogs {
  @Override
  public Optional<Path> chooseModelFolder(Window owner) {
    return Optional.empty();
  }

  @Override
  public Optional<Path> choosePngFile(Window owner, String suggestedName) {
    return Optional.empty();
  }

  @Override
  public void showError(Window owner, String message) {
    throw new UncheckedIOException(new IOException(message));
  }
}
