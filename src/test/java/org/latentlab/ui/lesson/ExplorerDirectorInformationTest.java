package org.latentlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.lesson.InformationSetup;
import org.latentlab.lesson.Scene;
import org.latentlab.lesson.SceneTab;
import org.latentlab.ui.explorer.ExplorerSource;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.information.InformationViewModel;

/** A scene sets the Information tab up; a preset the tab does not know is one line. */
class ExplorerDirectorInformationTest {
  private SceneTab shown = SceneTab.LATENT;
  private final TabSwitch tabs =
      new TabSwitch() {
        @Override
        public void show(SceneTab tab) {
          shown = tab;
        }

        @Override
        public SceneTab shown() {
          return shown;
        }
      };

  @Test
  void aScenesSetupReachesTheTabAndAnUnknownPresetIsOneProblemLine() {
    ExplorerViewModel vm = new ExplorerViewModel(UiThreads.sameThread(), ExplorerSource.none());
    ExplorerDirector director = new ExplorerDirector(vm, tabs);
    List<InformationSetup> staged = new ArrayList<>();
    director.setInformationStage(staged::add);
    List<String> problems = new ArrayList<>();
    InformationSetup eclipse = InformationSetup.preset("sunrise-eclipse");
    director.show(
        Scene.of("Bits", "c", SceneTab.INFORMATION).withInformation(eclipse), problems::add);
    director.show(Scene.of("Plain", "c", SceneTab.INFORMATION), problems::add);
    assertEquals(List.of(eclipse), staged, "a scene without a setup leaves the tab as it is");
    assertEquals(SceneTab.INFORMATION, shown);

    director.setInformationStage(InformationStage.of(new InformationViewModel()));
    director.show(
        Scene.of("Moon", "c", SceneTab.INFORMATION)
            .withInformation(InformationSetup.preset("moon")),
        problems::add);
    assertEquals(
        List.of(
            "the Information tab: no preset 'moon'; use one of fair-coin, biased-coin, fair-die,"
                + " loaded-die, uniform-vs-peaked, sunrise-eclipse"),
        problems);
    vm.close();
  }
}
