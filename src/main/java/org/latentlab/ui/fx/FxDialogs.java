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
    return Optional.of(new PngTarget(withExtension(file, ".png"), lastPngScale));
  }

  /**
   * First the animation's settings (frames, frames a second, width), then the file: a name typed
   * without ".gif" gets it.
   */
  @Override
  public Optional<GifTarget> chooseGif(Window owner, GifTarget defaults) {
    javafx.scene.control.Dialog<GifTarget> dialog = new javafx.scene.control.Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Save as animated GIF");
    dialog.setHeaderText(null);
    javafx.scene.control.Spinner<Integer> frames =
        new javafx.scene.control.Spinner<>(
            org.latentlab.export.AnimatedGif.MIN_FRAMES,
            org.latentlab.export.AnimatedGif.MAX_FRAMES,
            defaults.frames());
    frames.setId("gif-frames");
    javafx.scene.control.Spinner<Integer> fps =
        new javafx.scene.control.Spinner<>(
            org.latentlab.export.AnimatedGif.MIN_FPS,
            org.latentlab.export.AnimatedGif.MAX_FPS,
            defaults.fps());
    fps.setId("gif-fps");
    javafx.scene.control.Spinner<Integer> width =
        new javafx.scene.control.Spinner<>(
            org.latentlab.export.AnimatedGif.MIN_WIDTH,
            org.latentlab.export.AnimatedGif.MAX_WIDTH,
            defaults.width(),
            20);
    width.setId("gif-width");
    for (javafx.scene.control.Spinner<Integer> s : java.util.List.of(frames, fps, width)) {
      s.setEditable(true);
      s.setPrefWidth(110);
    }
    javafx.scene.layout.GridPane form = new javafx.scene.layout.GridPane();
    form.setHgap(10);
    form.setVgap(8);
    form.addRow(0, new javafx.scene.control.Label("Frames"), frames);
    form.addRow(1, new javafx.scene.control.Label("Frames a second"), fps);
    form.addRow(2, new javafx.scene.control.Label("Width (pixels)"), width);
    form.add(new javafx.scene.control.Label("It loops forever."), 0, 3, 2, 1);
    dialog.getDialogPane().setContent(form);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.setResultConverter(
        b ->
            b == ButtonType.OK
                ? new GifTarget(
                    defaults.file(), frames.getValue(), fps.getValue(), width.getValue())
                : null);
    Optional<GifTarget> settings = dialog.showAndWait();
    if (settings.isEmpty()) {
      return Optional.empty();
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save as animated GIF");
    chooser.setInitialFileName(String.valueOf(defaults.file().getFileName()));
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return Optional.empty();
    }
    GifTarget s = settings.get();
    return Optional.of(new GifTarget(withExtension(file, ".gif"), s.frames(), s.fps(), s.width()));
  }

  @Override
  public Optional<Path> chooseCsvFile(Window owner, String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the plotted codes as CSV");
    chooser.setInitialFileName(suggestedName);
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("Comma-separated values", "*.csv"));
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(f -> withExtension(f, ".csv"));
  }

  /** The chosen file, with {@code extension} added when the user typed a name without it. */
  private static Path withExtension(File file, String extension) {
    return file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(extension)
        ? file.toPath()
        : file.toPath().resolveSibling(file.getName() + extension);
  }

  /** A file to open, of the given types. */
  private static Optional<Path> openFile(
      Window owner, String title, FileChooser.ExtensionFilter... types) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().addAll(types);
    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
  }

  /** An alert owned by {@code owner}, titled LatentLab, with no header. */
  private static Alert alert(
      Window owner, Alert.AlertType type, String message, ButtonType... buttons) {
    Alert alert = new Alert(type, message, buttons);
    alert.initOwner(owner);
    alert.setHeaderText(null);
    alert.setTitle("LatentLab");
    return alert;
  }

  @Override
  public void showError(Window owner, String message) {
    alert(owner, Alert.AlertType.ERROR, message, ButtonType.OK).show();
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
    return openFile(
        owner, "Open a lesson", new FileChooser.ExtensionFilter("LatentLab lesson", "*.json"));
  }

  @Override
  public Optional<Path> chooseRecordedRun(Window owner) {
    return openFile(
        owner,
        "Open a recorded run",
        new FileChooser.ExtensionFilter("LatentLab recorded run", "*.llrun"));
  }

  @Override
  public Optional<Path> chooseImageFile(Window owner) {
    return openFile(
        owner,
        "Open an image of a digit",
        new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"),
        new FileChooser.ExtensionFilter("All files", "*"));
  }

  @Override
  public Optional<Path> chooseLessonToSave(Window owner, String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the lesson");
    chooser.setInitialFileName(suggestedName);
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("LatentLab lesson", "*.json"));
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(f -> withExtension(f, ".json"));
  }

  @Override
  public void showInfo(Window owner, String message) {
    alert(owner, Alert.AlertType.INFORMATION, message, ButtonType.OK).show();
  }

  @Override
  public boolean confirm(Window owner, String question) {
    return alert(owner, Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO)
        .showAndWait()
        .filter(b -> b == ButtonType.YES)
        .isPresent();
  }
}
