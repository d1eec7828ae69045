package org.latentlab.lesson;

import java.util.List;

/**
 * A lesson: a title and its scenes, in the order they are shown.
 *
 * @param title what the lesson is about
 * @param scenes at least one scene
 */
public record Lesson(String title, List<Scene> scenes) {
  /** Checks that the lesson has a title and a scene. */
  public Lesson {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("the lesson's 'title' is missing");
    }
    scenes = List.copyOf(scenes);
    if (scenes.isEmpty()) {
      throw new IllegalArgumentException("a lesson needs at least one scene");
    }
  }

  /** The number of scenes. */
  public int size() {
    return scenes.size();
  }

  /** Scene {@code index} (from 0). */
  public Scene scene(int index) {
    return scenes.get(index);
  }
}
