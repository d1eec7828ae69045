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
   * Where to save a PNG and how large.
   *
   * @param file the PNG to write
   * @param scale image pixels per screen pixel: 1, 2 or 4
   */
  record PngTarget(Path file, int scale) {}

  /**
   * Asks where to save a PNG and at which scale, suggesting {@code suggestedName}. The default asks
   * only for the file and saves at screen size.
   */
  default Optional<PngTarget> choosePng(Window owner, String suggestedName) {
    return choosePngFile(owner, suggestedName).map(file -> new PngTarget(file, 1));
  }

  /**
   * Where to save an animated GIF and how.
   *
   * @param file the GIF to write
   * @param frames frames of the animation
   * @param fps frames a second
   * @param width frame width in pixels (0: the figure's own)
   */
  record GifTarget(Path file, int frames, int fps, int width) {}

  /**
   * Asks where to save a GIF and with how many frames, how fast and how wide, starting from {@code
   * defaults} (whose file names the suggested name). Implementations that cannot ask answer with
   * nothing.
   */
  default Optional<GifTarget> chooseGif(Window owner, GifTarget defaults) {
    return Optional.empty();
  }

  /** Asks where to save a CSV file, suggesting {@code suggestedName}. */
  default Optional<Path> chooseCsvFile(Window owner, String suggestedName) {
    return Optional.empty();
  }

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

  /**
   * A scene's words.
   *
   * @param title a few words
   * @param caption one to three sentences
   */
  record Words(String title, String caption) {}

  /** Asks for a scene's title and caption, starting from {@code current}. */
  default Optional<Words> askSceneWords(Window owner, Words current) {
    return Optional.empty();
  }

  /** Asks for a lesson file to open. */
  default Optional<Path> chooseLessonToOpen(Window owner) {
    return Optional.empty();
  }

  /** Asks for a recorded training run ({@code .llrun}) to replay. */
  default Optional<Path> chooseRecordedRun(Window owner) {
    return Optional.empty();
  }

  /** Asks for an image file (PNG, JPEG) to put on the drawing pad. */
  default Optional<Path> chooseImageFile(Window owner) {
    return Optional.empty();
  }

  /** Asks where to save a lesson, suggesting {@code suggestedName}. */
  default Optional<Path> chooseLessonToSave(Window owner, String suggestedName) {
    return Optional.empty();
  }

  /** Asks a yes-or-no question; true for yes. Implementations that cannot ask answer no. */
  default boolean confirm(Window owner, String question) {
    return false;
  }

  /** Shows a one-line confirmation ("Saved the lesson to …"); the default says nothing. */
  default void showInfo(Window owner, String message) {}
}
