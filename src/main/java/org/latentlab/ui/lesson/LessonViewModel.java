package org.latentlab.ui.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.error.ErrorMessages;
import org.latentlab.lesson.Lesson;
import org.latentlab.lesson.Lessons;
import org.latentlab.lesson.Scene;
import org.latentlab.ui.fx.UiThreads;

/**
 * A lesson being presented or written: which scene is shown, stepping through them, and the
 * authoring commands (add the current view as a scene, edit its caption, reorder, delete, save).
 * Every change of scene asks the {@link SceneDirector} to set the app up for it.
 */
public final class LessonViewModel {
  private final SceneDirector director;
  private final UiThreads threads;
  private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
  private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
  private final ReadOnlyObjectWrapper<Scene> scene = new ReadOnlyObjectWrapper<>(this, "scene");
  private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
  private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
  private Consumer<String> problems = message -> {};
  private String source;

  /**
   * @param director sets the app up for each scene
   * @param threads where lesson files are read and written (background) and results applied
   */
  public LessonViewModel(SceneDirector director, UiThreads threads) {
    this.director = Objects.requireNonNull(director);
    this.threads = Objects.requireNonNull(threads);
  }

  /** Who hears about problems (a broken lesson file, a scene's missing model), one line each. */
  public void setProblemHandler(Consumer<String> handler) {
    problems = Objects.requireNonNull(handler);
  }

  /** Starts presenting {@code l} at its first scene; {@code from} is its file, or null. */
  public void present(Lesson l, Path from) {
    lesson.set(Objects.requireNonNull(l));
    file.set(from);
    source = from == null ? null : from.toString();
    modified.set(false);
    go(0);
  }

  /** Reads a bundled lesson's name or a lesson file off the FX thread and presents it. */
  public void open(String nameOrFile) {
    open(nameOrFile, 0);
  }

  /** Opens a lesson as {@link #open(String)} does, at scene {@code scene} (the first if beyond). */
  public void open(String nameOrFile, int scene) {
    threads
        .background()
        .execute(
            () -> {
              try {
                Lesson l = Lessons.open(nameOrFile);
                Path from = Lessons.BUNDLED.contains(nameOrFile) ? null : Path.of(nameOrFile);
                threads
                    .fx()
                    .execute(
                        () -> {
                          present(l, from);
                          source = nameOrFile;
                          if (scene > 0 && scene < l.size()) {
                            go(scene);
                          }
                        });
              } catch (Exception e) {
                String line = ErrorMessages.oneLine(e);
                threads.fx().execute(() -> problems.accept("Could not open the lesson: " + line));
              }
            });
  }

  /** Shows scene {@code i} (from 0); out-of-range values are ignored. */
  public void go(int i) {
    Lesson l = lesson.get();
    if (l == null || i < 0 || i >= l.size()) {
      return;
    }
    index.set(i);
    scene.set(l.scene(i));
    position.set((i + 1) + " / " + l.size());
    director.show(l.scene(i), message -> problems.accept("Scene " + (i + 1) + ": " + message));
  }

  /** The next scene (the clicker's PageDown). */
  public void next() {
    go(index.get() + 1);
  }

  /** The previous scene (PageUp). */
  public void previous() {
    go(index.get() - 1);
  }

  /** The first scene (Home). */
  public void first() {
    go(0);
  }

  /** The last scene (End). */
  public void last() {
    if (lesson.get() != null) {
      go(lesson.get().size() - 1);
    }
  }

  /** Shows the current scene again, as it was set up (after exploring away from it). */
  public void again() {
    go(index.get());
  }

  // Authoring.

  /** Adds the app's current state as a new scene after the current one, and goes to it. */
  public void addCurrentView(String title, String caption) {
    Scene s = director.capture(title, caption);
    Lesson l = lesson.get();
    if (l == null) {
      lesson.set(new Lesson("My lesson", List.of(s)));
      index.set(-1);
      changed(0);
      return;
    }
    List<Scene> scenes = new ArrayList<>(l.scenes());
    int at = index.get() + 1;
    scenes.add(at, s);
    lesson.set(new Lesson(l.title(), scenes));
    changed(at);
  }

  /**
   * Gives the current scene new words.
   *
   * @throws IllegalArgumentException when the title or caption is empty (nothing changes)
   */
  public void editCurrent(String title, String caption) {
    Scene s = scene.get();
    if (s == null) {
      return;
    }
    Scene edited = s.withWords(title, caption);
    replace(index.get(), edited);
  }

  /** Moves the current scene one place earlier (-1) or later (+1). */
  public void moveCurrent(int by) {
    Lesson l = lesson.get();
    int from = index.get();
    int to = from + by;
    if (l == null || from < 0 || to < 0 || to >= l.size()) {
      return;
    }
    List<Scene> scenes = new ArrayList<>(l.scenes());
    scenes.add(to, scenes.remove(from));
    lesson.set(new Lesson(l.title(), scenes));
    changed(to);
  }

  /** Deletes the current scene; a lesson keeps at least one. */
  public void deleteCurrent() {
    Lesson l = lesson.get();
    if (l == null || l.size() < 2 || index.get() < 0) {
      return;
    }
    List<Scene> scenes = new ArrayList<>(l.scenes());
    scenes.remove(index.get());
    lesson.set(new Lesson(l.title(), scenes));
    changed(Math.min(index.get(), scenes.size() - 1));
  }

  /**
   * Saves the lesson to {@code to} off the FX thread, atomically; {@code done} hears the result.
   */
  public void save(Path to, Consumer<String> done) {
    Lesson l = lesson.get();
    if (l == null) {
      return;
    }
    threads
        .background()
        .execute(
            () -> {
              try {
                Lessons.save(l, to);
                threads
                    .fx()
                    .execute(
                        () -> {
                          file.set(to);
                          source = to.toString();
                          modified.set(lesson.get() != l);
                          done.accept("Saved the lesson to " + to);
                        });
              } catch (Exception e) {
                String line = ErrorMessages.oneLine(e);
                threads.fx().execute(() -> problems.accept("Could not save the lesson: " + line));
              }
            });
  }

  private void replace(int i, Scene s) {
    Lesson l = lesson.get();
    List<Scene> scenes = new ArrayList<>(l.scenes());
    scenes.set(i, s);
    lesson.set(new Lesson(l.title(), scenes));
    modified.set(true);
    scene.set(s);
  }

  private void changed(int goTo) {
    modified.set(true);
    go(goTo);
  }

  /**
   * Where the shown lesson can be opened again: its file, or a bundled lesson's name; null for a
   * lesson that exists only in memory.
   */
  public String source() {
    return source;
  }

  /** The lesson, or null before one is opened. */
  public ReadOnlyObjectProperty<Lesson> lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  /** The shown scene's number from 0, -1 for none. */
  public ReadOnlyIntegerProperty indexProperty() {
    return index.getReadOnlyProperty();
  }

  /** The shown scene, or null. */
  public ReadOnlyObjectProperty<Scene> sceneProperty() {
    return scene.getReadOnlyProperty();
  }

  /** "3 / 15". */
  public ReadOnlyStringProperty positionProperty() {
    return position.getReadOnlyProperty();
  }

  /** Whether the lesson changed since it was opened or saved. */
  public ReadOnlyBooleanProperty modifiedProperty() {
    return modified.getReadOnlyProperty();
  }

  /** The file the lesson came from or was saved to, or null. */
  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }
}
