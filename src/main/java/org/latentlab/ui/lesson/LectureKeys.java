package org.latentlab.ui.lesson;

import static org.latentlab.ui.lesson.Shortcuts.key;
import static org.latentlab.ui.lesson.Shortcuts.shortcut;
import static org.latentlab.ui.lesson.Shortcuts.typed;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import org.latentlab.lesson.SceneTab;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerView;
import org.latentlab.ui.explorer.ExplorerViewModel;

/** The window's keys: a presentation clicker's, the lesson's and the explorer's main actions. */
public final class LectureKeys {
  private LectureKeys() {}

  /**
   * The table of keys.
   *
   * @param vm the explorer
   * @param view the explorer's view (its tabs and the interpolation's Play)
   * @param lesson the lesson
   * @param presenter presenter mode
   * @param root the lesson view (present, open, save, add a scene)
   */
  public static Shortcuts table(
      ExplorerViewModel vm,
      ExplorerView view,
      LessonViewModel lesson,
      PresenterViewModel presenter,
      LessonView root) {
    BooleanSupplier inLesson = () -> lesson.lessonProperty().get() != null;
    ExplorerTabs tabs = new ExplorerTabs(view);
    return new Shortcuts()
        .add(
            "PageDown, \u2192, Space",
            "next scene",
            key(KeyCode.PAGE_DOWN, KeyCode.RIGHT, KeyCode.SPACE),
            inLesson,
            lesson::next)
        .add(
            "PageUp, \u2190",
            "previous scene",
            key(KeyCode.PAGE_UP, KeyCode.LEFT),
            inLesson,
            lesson::previous)
        .add("Home / End", "first / last scene", key(KeyCode.HOME), inLesson, lesson::first)
        .add("", "", key(KeyCode.END), inLesson, lesson::last)
        .add("Enter", "show the scene again as set up", key(KeyCode.ENTER), inLesson, lesson::again)
        .add("F5", "present the lesson, full screen", key(KeyCode.F5), root::present)
        .add(
            "F11",
            "full screen on / off",
            key(KeyCode.F11),
            () -> presenter.fullScreenProperty().set(!presenter.fullScreenProperty().get()))
        .add(
            "Esc",
            "leave presenter mode",
            key(KeyCode.ESCAPE),
            () -> presenter.fullScreenProperty().get() || presenter.scaleProperty().get() > 1,
            presenter::leave)
        .add("B or .", "black screen", key(KeyCode.B), presenter::toggleBlack)
        .add("", "", typed("."), presenter::toggleBlack)
        .add(
            "+ / \u2212",
            "larger / smaller (1\u00d7 to 2\u00d7)",
            typed("+"),
            presenter::largerScale)
        .add("", "", typed("="), presenter::largerScale)
        .add("", "", typed("-"), presenter::smallerScale)
        .add(
            "C",
            "hide / show the controls",
            key(KeyCode.C),
            () -> presenter.controlsHiddenProperty().set(!presenter.controlsHiddenProperty().get()))
        .add(
            "X",
            "high contrast on / off",
            key(KeyCode.X),
            () -> presenter.highContrastProperty().set(!presenter.highContrastProperty().get()))
        .add("?", "this list of keys", typed("?"), presenter::toggleKeys)
        .add(
            "1 \u2013 7",
            "Latent space, Manifold grid, Inside the VAE, Train, Information, Draw, Other"
                + " autoencoders",
            key(KeyCode.DIGIT1),
            () -> tabs.show(SceneTab.LATENT))
        .add("", "", key(KeyCode.DIGIT2), () -> tabs.show(SceneTab.GRID))
        .add("", "", key(KeyCode.DIGIT3), () -> tabs.show(SceneTab.INSIDE))
        .add("", "", key(KeyCode.DIGIT4), () -> tabs.show(SceneTab.TRAIN))
        .add("", "", key(KeyCode.DIGIT5), () -> tabs.show(SceneTab.INFORMATION))
        .add("", "", key(KeyCode.DIGIT6), () -> tabs.show(SceneTab.DRAW))
        .add("", "", key(KeyCode.DIGIT7), () -> tabs.show(SceneTab.AUTOENCODERS))
        .add(
            "R",
            "reset both views",
            key(KeyCode.R),
            () -> {
              vm.autoencoder().resetView();
              vm.vae().resetView();
            })
        .add(
            "H",
            "hole map on / off",
            key(KeyCode.H),
            () -> vm.holeMap().shownProperty().set(!vm.holeMap().shownProperty().get()))
        .add(
            "F",
            "fit both views to their codes",
            key(KeyCode.F),
            () -> {
              vm.autoencoder().fitToCodes();
              vm.vae().fitToCodes();
            })
        .add(
            "E",
            "sample \u03b5: the fan z = \u03bc + \u03c3 \u2299 \u03b5",
            key(KeyCode.E),
            vm.posterior()::sampleEpsilon)
        .add("P", "sample the prior N(0, I)", key(KeyCode.P), vm::samplePrior)
        .add("I", "play the interpolation", key(KeyCode.I), () -> fire(view, "#play"))
        .add("] / [", "next / previous models", key(KeyCode.CLOSE_BRACKET), () -> nextModels(vm, 1))
        .add("", "", key(KeyCode.OPEN_BRACKET), () -> nextModels(vm, -1))
        .add("Ctrl+O", "open a lesson", shortcut(KeyCode.O), root::openLesson)
        .add("Ctrl+S", "save the lesson", shortcut(KeyCode.S), inLesson, root::saveLesson)
        .add("Ctrl+N", "add the current view as a scene", shortcut(KeyCode.N), root::addScene);
  }

  private static void fire(Node root, String selector) {
    if (root.lookup(selector) instanceof ButtonBase b && !b.isDisabled()) {
      b.fire();
    }
  }

  private static void nextModels(ExplorerViewModel vm, int by) {
    List<String> names = vm.bundledNames();
    if (names.isEmpty() || vm.loadingProperty().get()) {
      return;
    }
    ExplorerSession s = vm.sessionProperty().get();
    int at = s == null ? -1 : names.indexOf(s.title());
    vm.openBundled(names.get(Math.floorMod(at + by, names.size())));
  }
}
