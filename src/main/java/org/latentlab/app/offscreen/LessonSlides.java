package org.latentlab.app.offscreen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.latentlab.app.BundledExplorerSource;
import org.latentlab.lesson.Lesson;
import org.latentlab.ui.explorer.ExplorerView;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.lesson.ExplorerDirector;
import org.latentlab.ui.lesson.ExplorerTabs;
import org.latentlab.ui.lesson.InformationStage;
import org.latentlab.ui.lesson.LessonView;
import org.latentlab.ui.lesson.LessonViewModel;
import org.latentlab.ui.lesson.PresenterViewModel;

/**
 * One slide per scene of a lesson: the window as presenter mode shows it (the scene's caption as
 * the title bar, the controls hidden, the presenter scale of a screen that wide), drawn off-screen.
 */
final class LessonSlides {
  private LessonSlides() {}

  /**
   * Draws every scene of {@code lesson} into {@code folder} as {@code scene-01.png}, … (FX thread).
   *
   * @param problems hears, one line each, what a scene could not show
   * @return the files written, in scene order
   */
  static List<Path> draw(
      Lesson lesson,
      Path folder,
      int width,
      int height,
      java.util.function.Consumer<String> problems)
      throws IOException {
    Files.createDirectories(folder);
    ExplorerViewModel vm =
        new ExplorerViewModel(UiThreads.sameThread(), new BundledExplorerSource(), new Random(1));
    List<Path> written = new ArrayList<>();
    try {
      vm.setErrorHandler(problems);
      ExplorerView explorer = new ExplorerView(vm, new NoDialogs());
      PresenterViewModel presenter = new PresenterViewModel();
      ExplorerDirector director = new ExplorerDirector(vm, new ExplorerTabs(explorer));
      director.setInformationStage(InformationStage.of(explorer.information()));
      director.setDrawingStage(org.latentlab.ui.lesson.DrawingStage.of(explorer.drawing()));
      LessonViewModel lessons = new LessonViewModel(director, UiThreads.sameThread());
      LessonView root = new LessonView(explorer, lessons, presenter, new NoDialogs());
      lessons.setProblemHandler(problems);
      new Scene(root, width, height);
      presenter.setScale(PresenterViewModel.scaleFor(width));
      presenter.controlsHiddenProperty().set(true);
      lessons.present(lesson, null);
      for (int i = 0; i < lesson.size(); i++) {
        lessons.go(i);
        root.applyCss();
        root.layout();
        WritableImage image = PngExport.snapshot(root);
        Path file = folder.resolve(String.format(Locale.ROOT, "scene-%02d.png", i + 1));
        PngExport.write(image, file);
        written.add(file);
      }
      return written;
    } finally {
      vm.close();
    }
  }
}
