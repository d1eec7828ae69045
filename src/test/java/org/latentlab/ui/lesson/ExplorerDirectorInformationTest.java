package org.latentlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentlab.lesson.InformationSetup;
import org.latentlab.lesson.Scene;
import org.latentlab.lesson.SceneTab;
import org.latentlab.ui.explorer.ExplorerSource;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.information.InformationViewModel;

/**
 * A scene sets the Information tab up, a scene made on that tab keeps what it shows, and a preset
 * the tab does not know is one line.
 */
class ExplorerDirectorInformationTest {
  private SceneTab shown = SceneTab.LATENT;
  private final ExplorerViewModel vm =
      new ExplorerViewModel(UiThreads.sameThread(), ExplorerSource.none());
  private final InformationViewModel tab = new InformationViewModel();
  private final ExplorerDirector director =
      new ExplorerDirector(
          vm,
          new TabSwitch() {
            @Override
            public void show(SceneTab t) {
              shown = t;
            }

            @Override
            public SceneTab shown() {
              return shown;
            }
          });
  private final List<String> problems = new ArrayList<>();

  @AfterEach
  void close() {
    vm.close();
  }

  @Test
  void aSceneMadeOnTheTabShowsTheSameAgainAfterTheTabChanged() {
    director.setInformationStage(InformationStage.of(tab));
    director.show(
        Scene.of("Bits", "c", SceneTab.INFORMATION)
            .withInformation(
                new InformationSetup(
                    "sunrise-eclipse", List.of(0.7, 0.3), null, List.of(0.5, 0.8, 0.0, 1.0))),
        problems::add);
    InformationViewModel.Shown eclipse = tab.shown();
    assertEquals("sunrise-eclipse", eclipse.preset(), "the outcomes keep the preset's names");
    assertEquals(List.of(0.7, 0.3), eclipse.p());
    assertNull(eclipse.q(), "q is the preset's");
    Scene made = director.capture("Mine", "Made here.");

    director.show(
        Scene.of("Die", "c", SceneTab.INFORMATION)
            .withInformation(InformationSetup.preset("fair-die")),
        problems::add);
    assertEquals("fair-die", tab.shown().preset());
    director.show(made, problems::add);
    assertEquals(eclipse, tab.shown());
    assertEquals(List.of(), problems);

    shown = SceneTab.LATENT;
    assertNull(director.capture("Planes", "c").information(), "other tabs leave it out");
  }

  @Test
  void anUnknownPresetIsOneProblemLineAndTheTabStays() {
    director.setInformationStage(InformationStage.of(tab));
    InformationViewModel.Shown before = tab.shown();
    director.show(
        Scene.of("Moon", "c", SceneTab.INFORMATION)
            .withInformation(InformationSetup.preset("moon")),
        problems::add);
    assertEquals(
        List.of(
            "the Information tab: no preset 'moon'; use one of fair-coin, biased-coin, fair-die,"
                + " loaded-die, uniform-vs-peaked, sunrise-eclipse"),
        problems);
    assertEquals(before, tab.shown());
    assertEquals(SceneTab.INFORMATION, shown);
  }
}
