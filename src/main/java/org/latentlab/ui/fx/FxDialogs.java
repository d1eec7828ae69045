package org.latentlab.ui.fx;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX directory and file choosers, and an error alert. */
public final class FxDialogs implements Dialogs {
  private File lastFolder;

  @Override
  public Optional<Path> chooseModelFolder(Window owner) {
    return chooseFolder(owner, "Open model folder");
  }

  @Override
  public Optional<Path> chooseDataFolder(Window owner) {
    return chooseFolder(owner, "Folder with train-images-idx3-ubyte and train-labels-idx1-ubyte");
  }

  /** A folder to open, starting where the last one was chosen. */
  private Optional<Path> chooseFolder(Window owner, String title) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    File folder = chooser.showDialog(owner);
    if (folder != null) {
      lastFolder = folder.getParentFile();
    }
    return Optional.ofNullable(folder).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseSaveFolder(Window owner, Path initial) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Folder to save the trained model in");
    File start = initial.toFile();
    while (start != null && !start.isDirectory()) {
      start = start.getParentFile();
    }
    if (start != null) {
      chooser.setInitialDirectory(start);
    }
    return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> choosePngFile(Window owner, String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save as PNG");
    chooser.setInitialFileName(suggestedName);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return Optional.empty();
    }
    String name = file.getName().toLowerCase(java.util.Locale.ROOT);
    return Optional.of(
        name.endsWith(".png")
            ? file.toPath()
            : file.toPath().resolveSibling(file.getName() + ".png"));
  }

  @Override
  public void showError(Window owner, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
    alert.initOwner(owner);
    alert.setHeaderText(null);
    alert.setTitle("LatentLab");
    alert.show();
  }
}
