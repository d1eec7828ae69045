package org.latentlab.ui.lesson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.latentlab.latent.Bounds;
import org.latentlab.lesson.Overlays;
import org.latentlab.lesson.PlaneSetup;
import org.latentlab.lesson.Scene;
import org.latentlab.lesson.SceneTab;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.plane.PlaneViewModel;
import org.latentlab.ui.posterior.PosteriorViewModel;

/**
 * Sets the explorer up as a scene describes, in a fixed order so a scene looks the same every time:
 * tab and its Information setup; models (waiting for them to load); selection A and B; each plane's
 * view and cursor; hole map; interpolation frames; then every random draw from the scene's seed. A
 * newer scene replaces one still waiting for its models.
 */
public final class ExplorerDirector implements SceneDirector {
  private final ExplorerViewModel vm;
  private final TabSwitch tabs;
  private Consumer<Scene> training = s -> {};
  private InformationStage information = InformationStage.NONE;
  private DrawingStage drawing = DrawingStage.NONE;
  private long generation;
  private Runnable pending;

  /**
   * @param vm the explorer
   * @param tabs the window's tabs
   */
  public ExplorerDirector(ExplorerViewModel vm, TabSwitch tabs) {
    this.vm = Objects.requireNonNull(vm);
    this.tabs = Objects.requireNonNull(tabs);
    vm.loadingProperty()
        .addListener(
            (o, was, loading) -> {
              if (!loading && pending != null) {
                Runnable p = pending;
                pending = null;
                p.run();
              }
            });
  }

  /** Who plays a scene's recorded training run (the Train tab's replay). */
  public void setTrainingPlayer(Consumer<Scene> player) {
    training = Objects.requireNonNull(player);
  }

  /** Whose pad shows a scene's drawing (the "Draw" tab's). */
  public void setDrawingStage(DrawingStage stage) {
    drawing = Objects.requireNonNull(stage);
  }

  /** Who sets up the "Information" tab as a scene says. */
  public void setInformationStage(InformationStage stage) {
    information = Objects.requireNonNull(stage);
  }

  @Override
  public void show(Scene scene, Consumer<String> problems) {
    long mine = ++generation;
    pending = null;
    tabs.show(scene.tab());
    training.accept(scene);
    if (scene.information() != null) {
      try {
        information.show(scene.information());
      } catch (IllegalArgumentException e) {
        problems.accept("the Information tab: " + e.getMessage());
      }
    }
    String models = scene.models();
    ExplorerSession current = vm.sessionProperty().get();
    Runnable then =
        () -> {
          if (mine == generation) {
            arrangePlanes(scene, problems, mine, 0);
          }
        };
    // A plane given a model of its own by an earlier scene goes back to the pair's model unless
    // this scene wants that model there too.
    boolean strayPlane =
        (vm.planeModel(true) != null && !vm.planeModel(true).equals(scene.autoencoder().model()))
            || (vm.planeModel(false) != null && !vm.planeModel(false).equals(scene.vae().model()));
    if (models != null && (current == null || !models.equals(vm.basis()) || strayPlane)) {
      if (vm.bundledNames().contains(models) || Files.isDirectory(Path.of(models))) {
        // Waiting first: a load may finish before open… returns (same-thread model calls).
        pending = then;
        if (vm.bundledNames().contains(models)) {
          vm.openBundled(models);
        } else {
          vm.openFolder(Path.of(models));
        }
        return;
      }
      problems.accept(
          "no model folder "
              + models
              + "; showing "
              + (current == null ? "no models" : current.title())
              + " instead");
    }
    if (vm.loadingProperty().get()) {
      pending = then;
      return;
    }
    arrangePlanes(scene, problems, mine, 0);
  }

  /**
   * Gives each plane the model the scene names for it (one load at a time, each tried once), then
   * arranges the rest.
   */
  private void arrangePlanes(Scene scene, Consumer<String> problems, long mine, int tried) {
    String[] wanted = {scene.autoencoder().model(), scene.vae().model()};
    for (int side = tried; side < 2; side++) {
      boolean left = side == 0;
      String model = wanted[side];
      if (model != null
          && !model.equals(vm.planeModel(left))
          && vm.sessionProperty().get() != null) {
        int next = side + 1;
        pending =
            () -> {
              if (mine == generation) {
                if (!model.equals(vm.planeModel(left))) {
                  problems.accept(
                      "could not show "
                          + model
                          + " on the "
                          + (left ? "left" : "right")
                          + " plane");
                }
                arrangePlanes(scene, problems, mine, next);
              }
            };
        vm.openOnPlane(model, left);
        return;
      }
    }
    arrange(scene, problems);
  }

  /** Everything after the models: they are loaded (or could not be). */
  private void arrange(Scene scene, Consumer<String> problems) {
    PosteriorViewModel.Selected before = vm.posterior().selectedProperty().get();
    vm.clearSelection();
    vm.prior().clear();
    List<Integer> selected = scene.selected();
    PlaneViewModel ae = vm.autoencoder();
    int shown = ae.dataProperty().get() == null ? 0 : ae.dataProperty().get().size();
    for (int i = 0; i < selected.size(); i++) {
      int index = selected.get(i);
      if (index >= shown) {
        problems.accept(
            "image " + index + " is not among the " + shown + " shown; nothing selected");
        break;
      }
      vm.select(index, i == 1);
    }
    plane(ae, scene.autoencoder());
    plane(vm.vae(), scene.vae());
    vm.holeMap().shownProperty().set(scene.overlays().holeMap());
    if (scene.interpolationFrames() > 0) {
      vm.interpolation().stepsProperty().set(scene.interpolationFrames());
    }
    Overlays o = scene.overlays();
    vm.reseed(o.seed());
    PosteriorViewModel posterior = vm.posterior();
    if (o.priorSamples() > 0) {
      posterior.sampleCountProperty().set(o.priorSamples());
      vm.samplePrior();
    }
    if (o.epsilonSamples() > 0 && !selected.isEmpty()) {
      posterior.sampleCountProperty().set(o.epsilonSamples());
      whenSelected(posterior, before, posterior::sampleEpsilon);
    }
    if (scene.drawing() != null) {
      // Last: the drawing may take the place of endpoint A or B selected above.
      drawing.show(scene.drawing());
    }
  }

  private static void plane(PlaneViewModel plane, PlaneSetup setup) {
    double[] v = setup.view();
    if (v != null) {
      plane.showArea(new Bounds(v[0], v[1], v[2], v[3]));
    } else {
      plane.resetView();
    }
    double[] c = setup.cursor();
    if (c != null) {
      plane.moveCursorTo(c[0], c[1]);
    }
  }

  /**
   * Runs {@code then} once the posterior of the image just selected has been computed (the one
   * shown before is being replaced, and a fan drawn from it would be cleared).
   */
  private void whenSelected(
      PosteriorViewModel posterior, PosteriorViewModel.Selected before, Runnable then) {
    long mine = generation;
    PosteriorViewModel.Selected now = posterior.selectedProperty().get();
    if (now != null && now != before) {
      then.run(); // computed already (the model threads answer at once)
      return;
    }
    posterior
        .selectedProperty()
        .addListener(
            new ChangeListener<PosteriorViewModel.Selected>() {
              @Override
              public void changed(
                  ObservableValue<? extends PosteriorViewModel.Selected> o,
                  PosteriorViewModel.Selected was,
                  PosteriorViewModel.Selected now) {
                if (now != null) {
                  o.removeListener(this);
                  if (mine == generation) {
                    then.run();
                  }
                }
              }
            });
  }

  @Override
  public Scene capture(String title, String caption) {
    ExplorerSession s = vm.sessionProperty().get();
    String models = s != null && vm.bundledNames().contains(vm.basis()) ? vm.basis() : null;
    List<Integer> selected = new ArrayList<>();
    if (vm.firstSelectedProperty().get() >= 0) {
      selected.add(vm.firstSelectedProperty().get());
      if (vm.secondSelectedProperty().get() >= 0) {
        selected.add(vm.secondSelectedProperty().get());
      }
    }
    PosteriorViewModel.Fan fan = vm.posterior().fanProperty().get();
    var prior = vm.prior().samplesProperty().get();
    Overlays overlays =
        new Overlays(
            vm.holeMap().shownProperty().get(),
            fan == null ? 0 : fan.codes().length,
            prior == null ? 0 : prior.vaeCodes().length,
            1);
    return new Scene(
        title,
        caption,
        tabs.shown(),
        models,
        selected,
        setup(vm.autoencoder(), vm.planeModel(true)),
        setup(vm.vae(), vm.planeModel(false)),
        overlays,
        vm.interpolation().stepsProperty().get(),
        null,
        tabs.shown() == SceneTab.INFORMATION ? information.current() : null,
        tabs.shown() == SceneTab.DRAW || vm.drawnEndpointsProperty().get() > 0
            ? drawing.current()
            : null);
  }

  private static PlaneSetup setup(PlaneViewModel plane, String model) {
    Bounds b = plane.viewProperty().get();
    return new PlaneSetup(
        b == null ? null : new double[] {b.xMin(), b.xMax(), b.yMin(), b.yMax()},
        plane.cursorOnPlane(),
        model);
  }
}
