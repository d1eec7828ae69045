package org.latentlab.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.latentlab.ui.fx.Dialogs;

/** Dialogs that answer from queues and record errors instead of opening windows. */
public final class RecordingDialogs implements Dialogs {
  public final Deque<Path> folders = new ArrayDeque<>();
  public final Deque<Path> pngFiles = new ArrayDeque<>();
  public final Deque<Path> runs = new ArrayDeque<>();
  public final List<String> errors = new ArrayList<>();
  public final List<String> infos = new ArrayList<>();
  public final Deque<Words> words = new ArrayDeque<>();
  public final Deque<Path> lessonFiles = new ArrayDeque<>();
  public final Deque<Path> imageFiles = new ArrayDeque<>();
  public final Deque<GifTarget> gifs = new ArrayDeque<>();
  public final Deque<Path> csvFiles = new ArrayDeque<>();

  /** The scale every PNG is saved at. */
  public int pngScale = 1;

  @Override
  public Optional<Path> chooseModelFolder(Window owner) {
    return Optional.ofNullable(folders.poll());
  }

  @Override
  public Optional<Path> choosePngFile(Window owner, String suggestedName) {
    return Optional.ofNullable(pngFiles.poll());
  }

  @Override
  public Optional<PngTarget> choosePng(Window owner, String suggestedName) {
    return Optional.ofNullable(pngFiles.poll()).map(file -> new PngTarget(file, pngScale));
  }

  @Override
  public Optional<Path> chooseRecordedRun(Window owner) {
    return Optional.ofNullable(runs.poll());
  }

  @Override
  public void showError(Window owner, String message) {
    errors.add(message);
  }

  @Override
  public Optional<Words> askSceneWords(Window owner, Words current) {
    return Optional.ofNullable(words.poll());
  }

  @Override
  public Optional<Path> chooseLessonToOpen(Window owner) {
    return Optional.ofNullable(lessonFiles.poll());
  }

  @Override
  public Optional<Path> chooseLessonToSave(Window owner, String suggestedName) {
    return Optional.ofNullable(lessonFiles.poll());
  }

  @Override
  public Optional<Path> chooseImageFile(Window owner) {
    return Optional.ofNullable(imageFiles.poll());
  }

  @Override
  public Optional<GifTarget> chooseGif(Window owner, GifTarget defaults) {
    return Optional.ofNullable(gifs.poll());
  }

  @Override
  public Optional<Path> chooseCsvFile(Window owner, String suggestedName) {
    return Optional.ofNullable(csvFiles.poll());
  }

  @Override
  public void showInfo(Window owner, String message) {
    infos.add(message);
  }
}
