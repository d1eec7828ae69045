package org.latentlab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.lesson.Lesson;
import org.latentlab.lesson.Lessons;
import org.latentlab.lesson.Scene;
import org.latentlab.lesson.SceneTab;
import org.latentlab.testing.RecordingDialogs;
import org.latentlab.ui.explorer.ExplorerView;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.Dialogs;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.lesson.ExplorerDirector;
import org.latentlab.ui.lesson.ExplorerTabs;
import org.latentlab.ui.lesson.InformationStage;
import org.latentlab.ui.lesson.LectureKeys;
import org.latentlab.ui.lesson.LessonView;
import org.latentlab.ui.lesson.LessonViewModel;
import org.latentlab.ui.lesson.PresenterViewModel;
import org.latentlab.ui.lesson.Shortcuts;
import org.latentlab.ui.posterior.PosteriorViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The bundled lesson walked with a clicker's keys on the real bundled models: every scene sets up
 * the tab, selection and overlays it names, the same scene shows the same samples, a scene added
 * from the current view survives saving, and a broken lesson file is one line.
 */
class LessonModeTest extends ApplicationTest {
  static {
    System.setProperty("headless.geometry", "1920x1080-32");
  }

  @TempDir Path tmp;
  private ExplorerViewModel vm;
  private ExplorerView view;
  private LessonViewModel lesson;
  private PresenterViewModel presenter;
  private LessonView root;
  private final RecordingDialogs dialogs = new RecordingDialogs();

  @Override
  public void start(Stage stage) {
    vm = new ExplorerViewModel(UiThreads.sameThread(), new BundledExplorerSource(), new Random(5));
    view = new ExplorerView(vm, dialogs);
    presenter = new PresenterViewModel();
    ExplorerDirector director = new ExplorerDirector(vm, new ExplorerTabs(view));
    director.setInformationStage(InformationStage.of(view.information()));
    director.setDrawingStage(org.latentlab.ui.lesson.DrawingStage.of(view.drawing()));
    lesson = new LessonViewModel(director, UiThreads.sameThread());
    root = new LessonView(view, lesson, presenter, dialogs);
    javafx.scene.Scene scene = new javafx.scene.Scene(root, 1600, 1000);
    Shortcuts keys = LectureKeys.table(vm, view, lesson, presenter, root);
    keys.install(scene);
    root.showKeys(keys);
    stage.setScene(scene);
    stage.show();
    vm.openBundled("MNIST");
  }

  @AfterEach
  void close() throws Exception {
    interact(vm::close);
    FxToolkit.hideStage();
  }

  private void present(Lesson l) {
    interact(() -> lesson.present(l, null));
  }

  private String text(String id) {
    return lookup(id).queryAs(Label.class).getText();
  }

  private List<Integer> selection() {
    List<Integer> s = new ArrayList<>();
    if (vm.firstSelectedProperty().get() >= 0) {
      s.add(vm.firstSelectedProperty().get());
    }
    if (vm.secondSelectedProperty().get() >= 0) {
      s.add(vm.secondSelectedProperty().get());
    }
    return s;
  }

  @Test
  void theClickerWalksEverySceneAndEachSetsUpWhatItNames() {
    Lesson bundled = interactGet(() -> Lessons.bundled(Lessons.AE_TO_VAE));
    present(bundled);
    for (int i = 0; i < bundled.size(); i++) {
      Scene s = bundled.scene(i);
      String where = "scene " + (i + 1) + " (" + s.title() + ")";
      assertEquals(i, lesson.indexProperty().get(), where);
      assertEquals(s.title(), text("#scene-title"), where);
      assertEquals(s.caption(), text("#scene-caption"), where);
      assertEquals((i + 1) + " / " + bundled.size(), text("#scene-position"));
      if (s.tab() != SceneTab.TRAIN) { // this window has no Train tab
        assertEquals(s.tab(), new ExplorerTabs(view).shown(), where);
      }
      assertEquals(s.selected(), selection(), where);
      assertEquals(s.overlays().holeMap(), vm.holeMap().shownProperty().get(), where);
      PosteriorViewModel.Fan fan = vm.posterior().fanProperty().get();
      if (s.overlays().epsilonSamples() > 0) {
        assertNotNull(fan, where);
        assertEquals(s.overlays().epsilonSamples(), fan.codes().length, where);
      } else {
        assertNull(fan, where + ": no fan left from an earlier scene");
      }
      if (s.overlays().priorSamples() > 0) {
        assertEquals(
            s.overlays().priorSamples(), vm.prior().samplesProperty().get().vaeCodes().length);
      } else {
        assertNull(vm.prior().samplesProperty().get(), where);
      }
      if (s.interpolationFrames() > 0) {
        assertEquals(s.interpolationFrames(), vm.interpolation().stepsProperty().get(), where);
      }
      double[] cursor = s.autoencoder().cursor();
      if (cursor != null) {
        assertArrayEquals(cursor, vm.autoencoder().cursorOnPlane(), 1e-4, where);
      }
      if (s.information() != null) {
        informationShows(s.information().preset(), where);
      }
      type(i % 2 == 0 ? KeyCode.PAGE_DOWN : KeyCode.RIGHT);
    }
    assertEquals(bundled.size() - 1, lesson.indexProperty().get(), "stays on the last scene");
    type(KeyCode.HOME);
    assertEquals(0, lesson.indexProperty().get());
    type(KeyCode.END);
    assertEquals(bundled.size() - 1, lesson.indexProperty().get());
    type(KeyCode.PAGE_UP);
    assertEquals(bundled.size() - 2, lesson.indexProperty().get());
    assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
  }

  /** The numbers the Information scenes' captions quote, as the tab shows them. */
  private void informationShows(String preset, String where) {
    switch (preset) {
      case "sunrise-eclipse" -> assertEquals("0.081 bits", text("#h-p"), where);
      case "loaded-die" -> {
        assertEquals("2.161 bits", text("#h-p"), where);
        assertEquals("2.585 bits", text("#h-pq"), where);
        assertEquals("0.424 bits", text("#kl-pq"), where);
      }
      default -> throw new AssertionError(where + ": no expected numbers for " + preset);
    }
  }

  @Test
  void theSameSceneShowsTheSameSamplesEveryTime() {
    Lesson bundled = interactGet(() -> Lessons.bundled(Lessons.AE_TO_VAE));
    int fanScene = 0;
    while (bundled.scene(fanScene).overlays().epsilonSamples() == 0) {
      fanScene++;
    }
    present(bundled);
    int at = fanScene;
    interact(() -> lesson.go(at));
    float[][] first = vm.posterior().fanProperty().get().codes();
    clickOn("#scene-next");
    interact(() -> vm.posterior().sampleEpsilon()); // the lecturer explores away
    clickOn("#scene-previous");
    assertArrayEquals(first, vm.posterior().fanProperty().get().codes());
  }

  @Test
  void aSceneMadeFromTheCurrentViewSurvivesSavingAndOpening() throws Exception {
    present(new Lesson("Mine", List.of(Scene.of("Start", "Nothing yet.", SceneTab.LATENT))));
    interact(
        () -> {
          vm.select(42, false);
          vm.select(4242, true);
          vm.holeMap().shownProperty().set(false);
        });
    dialogs.words.add(new Dialogs.Words("Forty-two", "Image 42 and image 4242."));
    interact(root::addScene);
    assertEquals(2, lesson.lessonProperty().get().size());
    Path file = tmp.resolve("mine.json");
    dialogs.lessonFiles.add(file);
    press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
    assertEquals(List.of("Saved the lesson to " + file), dialogs.infos);
    Lesson saved = Lessons.read(file);
    assertEquals(lesson.lessonProperty().get(), saved);

    interact(vm::clearSelection);
    present(saved);
    type(KeyCode.PAGE_DOWN);
    assertEquals("Forty-two", text("#scene-title"));
    assertEquals(List.of(42, 4242), selection());
  }

  @Test
  void aBrokenLessonFileIsOneLineAndTheLessonGoesOn() throws Exception {
    present(interactGet(() -> Lessons.bundled(Lessons.AE_TO_VAE)));
    Path broken = tmp.resolve("broken.json");
    Files.writeString(
        broken,
        "{\"format\":\"latentlab-lesson\",\"version\":1,\"title\":\"T\",\"scenes\":"
            + "[{\"title\":\"Holes\",\"caption\":\"c\",\"tab\":\"latent\",\"selected\":[\"x\"]}]}");
    dialogs.lessonFiles.add(broken);
    press(KeyCode.CONTROL).press(KeyCode.O).release(KeyCode.O).release(KeyCode.CONTROL);
    assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
    String error = dialogs.errors.get(0);
    assertTrue(error.contains("scene 1 (“Holes”): 'selected'"), error);
    assertFalse(error.contains("\n"));
    type(KeyCode.PAGE_DOWN);
    assertEquals(1, lesson.indexProperty().get(), "the open lesson goes on");
  }

  @Test
  void presenterKeys() {
    present(interactGet(() -> Lessons.bundled(Lessons.AE_TO_VAE)));
    assertFalse(lookup("#keys-overlay").query().isVisible());
    type(KeyCode.SLASH); // "?" on a US keyboard needs Shift; the overlay also answers typed "?"
    interact(presenter::toggleKeys);
    assertTrue(lookup("#keys-overlay").query().isVisible());
    type(KeyCode.B);
    assertTrue(lookup("#black-screen").query().isVisible());
    type(KeyCode.B);
    assertFalse(lookup("#black-screen").query().isVisible());
    type(KeyCode.H);
    assertTrue(vm.holeMap().shownProperty().get(), "H switches the hole map on");
  }

  private static <T> T interactGet(java.util.concurrent.Callable<T> c) {
    try {
      return c.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
