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
  private static final int[] PNG_SCALES = {1, 2, 4};
  private File lastFolder;
  private int lastPngScale = 1;

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
    return choosePng(owner, suggestedName).map(PngTarget::file);
  }

  /**
   * The save dialog offers the scale as its file types ("PNG image, 2× screen size"), so the choice
   * sits in the one dialog the user already answers; the last choice is offered again.
   */
  @Override
  public Optional<PngTarget> choosePng(Window owner, String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save as PNG");
    chooser.setInitialFileName(suggestedName);
    for (int scale : PNG_SCALES) {
      FileChooser.ExtensionFilter filter =
          new FileChooser.ExtensionFilter(
              scale == 1 ? "PNG image, screen size" : "PNG image, " + scale + "\u00d7 screen size",
              "*.png");
      chooser.getExtensionFilters().add(filter);
      if (scale == lastPngScale) {
        chooser.setSelectedExtensionFilter(filter);
      }
    }
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return Optional.empty();
    }
    FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
    int index = chosen == null ? -1 : chooser.getExtensionFilters().indexOf(chosen);
    lastPngScale = index < 0 ? 1 : PNG_SCALES[index];
    String name = file.getName().toLowerCase(java.util.Locale.ROOT);
    return Optional.of(
        new PngTarget(
            name.endsWith(".png")
                ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + ".png"),
            lastPngScale));
  }

  @Override
  public void showError(Window owner, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
    alert.initOwner(owner);
    alert.setHeaderText(null);
    alert.setTitle("LatentLab");
    alert.show();
  }

  @Override
  public Optional<Words> askSceneWords(Window owner, Words current) {
    javafx.scene.control.Dialog<Words> dialog = new javafx.scene.control.Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Scene");
    dialog.setHeaderText(null);
    javafx.scene.control.TextField title = new javafx.scene.control.TextField(current.title());
    title.setId("scene-title-field");
    javafx.scene.control.TextArea caption = new javafx.scene.control.TextArea(current.caption());
    caption.setId("scene-caption-field");
    caption.setWrapText(true);
    caption.setPrefRowCount(4);
    javafx.scene.layout.VBox body =
        new javafx.scene.layout.VBox(
            8,
            new javafx.scene.control.Label("Title"),
            title,
            new javafx.scene.control.Label("Caption (one to three sentences)"),
            caption);
    body.setPrefWidth(560);
    dialog.getDialogPane().setContent(body);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(title.textProperty().isEmpty().or(caption.textProperty().isEmpty()));
    dialog.setResultConverter(
        b ->
            b == ButtonType.OK
                ? new Words(title.getText().strip(), caption.getText().strip())
                : null);
    return dialog.showAndWait();
  }

  @Override
  public Optional<Path> chooseLessonToOpen(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a lesson");
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("LatentLab lesson", "*.json"));
    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseRecordedRun(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a recorded run");
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("LatentLab recorded run", "*.llrun"));
    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseImageFile(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open an image of a digit");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"),
            new FileChooser.ExtensionFilter("All files", "*"));
    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseLessonToSave(Window owner, String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the lesson");
    chooser.setInitialFileName(suggestedName);
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("LatentLab lesson", "*.json"));
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return Optional.empty();
    }
    return Optional.of(
        file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
            ? file.toPath()
            : file.toPath().resolveSibling(file.getName() + ".json"));
  }

  @Override
  public void showInfo(Window owner, String message) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
    alert.initOwner(owner);
    alert.setHeaderText(null);
    alert.setTitle("LatentLab");
    alert.show();
  }

  @Override
  public boolean confirm(Window owner, String question) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
    alert.initOwner(owner);
    alert.setHeaderText(null);
    alert.setTitle("LatentLab");
    return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
  }
}
