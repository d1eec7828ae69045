package org.latentlab.ui.lesson;

import org.latentlab.lesson.Scene;

/** Puts the app into the state a scene describes, and describes the current state as a scene. */
public interface SceneDirector {

  /**
   * Sets up {@code scene}: tab, models, selection, views, overlays. Returns at once; model loads
   * and decodes finish in the background. A part that cannot be shown (a missing model folder) is
   * reported through {@code problems} as one line, and the rest of the scene is shown.
   */
  void show(Scene scene, java.util.function.Consumer<String> problems);

  /** The current state as a scene with the given words. */
  Scene capture(String title, String caption);
}
