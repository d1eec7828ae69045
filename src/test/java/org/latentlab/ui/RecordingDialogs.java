package org.latentlab.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Dialogs that answer from queues and record errors instead of opening windows. */
final class RecordingDialogs implements Dialogs {
  final Deque<Path> folders = new ArrayDeque<>();
  final Deque<Path> pngFiles = new ArrayDeque<>();
  final List<String> errors = new ArrayList<>();

  @Override
  public Optional<Path> chooseModelFolder(Window owner) {
    return Optional.ofNullable(folders.poll());
  }

  @Override
  public Optional<Path> choosePngFile(Window owner, String suggestedName) {
    return Optional.ofNullable(pngFiles.poll());
  }

  @Override
  public void showError(Window owner, String message) {
    errors.add(message);
  }
}
