package org.latentlab.ui.holes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.quality.HoleMap;
import org.latentlab.latent.quality.LatentQuality;
import org.latentlab.latent.quality.QualityScores;
import org.latentlab.testing.FakeClassifier;
import org.latentlab.testing.FakeSource;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerSource;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.LabelledImages;
import org.latentlab.ui.plane.PlaneData;

/** Hole maps and scores in the explorer, without a window: same-thread executors, fake models. */
class HoleMapViewModelTest {
  private final FakeSource source = new FakeSource(400);
  private final ExplorerViewModel vm = new ExplorerViewModel(UiThreads.sameThread(), source);
  private final ExplorerSession session = FakeSource.session(400);
  private final List<String> errors = new ArrayList<>();

  HoleMapViewModelTest() {
    vm.setErrorHandler(errors::add);
  }

  @Test
  void nothingIsComputedUntilTheMapIsShown() {
    vm.show(session);
    assertNull(vm.holeMap().autoencoder().mapProperty().get());
    assertNull(vm.holeMap().vae().scoresProperty().get());
    assertTrue(source.classifiers.isEmpty(), "no classifier opened while the map is off");
  }

  @Test
  void showingTheMapCoversEachVisibleAreaAndMeasuresBothModelsTheReportsWay() {
    vm.show(session);
    vm.holeMap().shownProperty().set(true);
    for (PlaneQuality q : List.of(vm.holeMap().autoencoder(), vm.holeMap().vae())) {
      HoleMap map = q.mapProperty().get();
      assertNotNull(map);
      assertEquals(HoleMapViewModel.CELLS, map.n());
      assertEquals(q.plane().viewProperty().get(), map.area());
      assertNotNull(q.scoresProperty().get());
      assertEquals("", q.noteProperty().get());
    }
    assertEquals(
        1, source.classifiers.size(), "one classifier per data set, shared by both planes");
    assertNull(vm.holeMap().autoencoder().scoresProperty().get().completenessPrior());
    assertNotNull(vm.holeMap().vae().scoresProperty().get().completenessPrior());

    // The same numbers the report command computes on the same images and codes.
    PlaneData d = vm.vae().dataProperty().get();
    LabelledImages shown = vm.imagesProperty().get();
    FakeClassifier c = new FakeClassifier();
    float[][] rows = shown.imageRows(0, shown.count());
    QualityScores direct =
        ModelQuality.measure(
                LatentQuality.standard(),
                d.model(),
                rows,
                d.codes(),
                d.labels(),
                c,
                ModelQuality.heldOut(rows, d.labels(), c))
            .scores();
    assertEquals(direct, vm.holeMap().vae().scoresProperty().get());
    assertNotNull(direct.prior(), "the VAE's prior samples are judged against the real images");
    assertNotNull(direct.fitted().features());
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void theMapFollowsTheViewWhenAskedAndFindsTheHolesFarOut() {
    vm.show(session);
    vm.holeMap().shownProperty().set(true);
    PlaneQuality ae = vm.holeMap().autoencoder();
    double near = ae.mapProperty().get().holeFraction(0.5);
    Bounds home = vm.autoencoder().viewProperty().get();
    vm.autoencoder().zoom(0.25, 0, 0);
    assertEquals(home, ae.mapProperty().get().area(), "the map waits for the view to settle");
    ae.refreshMap();
    assertEquals(vm.autoencoder().viewProperty().get(), ae.mapProperty().get().area());
    double far = ae.mapProperty().get().holeFraction(0.5);
    // The fake decoder draws its blob off the image for codes far from the data: holes.
    assertTrue(far > near + 0.3, "zoomed out " + far + " vs home " + near);
  }

  @Test
  void offTheManifoldModeJudgesEveryCellByTheRealImagesBallsAndFindsMoreHolesFarOut() {
    vm.show(session);
    vm.holeMap().shownProperty().set(true);
    PlaneQuality ae = vm.holeMap().autoencoder();
    assertFalse(ae.mapProperty().get().judgedByManifold(), "confidence mode: no balls needed");
    vm.holeMap().judgeProperty().set(HoleJudge.MANIFOLD);
    HoleMap home = ae.mapProperty().get();
    assertTrue(home.judgedByManifold(), "switching the mode recomputes the map");
    assertTrue(vm.holeMap().vae().mapProperty().get().judgedByManifold());
    double near = home.offManifoldFraction();
    vm.autoencoder().zoom(0.25, 0, 0);
    ae.refreshMap();
    double far = ae.mapProperty().get().offManifoldFraction();
    // Far from the codes the fake decoder's blob slides off the image: nothing real looks so.
    assertTrue(far > near + 0.3, "zoomed out " + far + " vs home " + near);
    assertEquals(
        ae.scoresProperty().get().offManifold(),
        QualityText.items(ae.scoresProperty().get()).stream()
                .anyMatch(i -> i.name().equals("Off manifold"))
            ? ae.scoresProperty().get().offManifold()
            : null);
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void withoutAClassifierThePlanesSaySoAndNoErrorIsRaised() {
    ExplorerViewModel bare = new ExplorerViewModel(UiThreads.sameThread(), ExplorerSource.none());
    bare.setErrorHandler(errors::add);
    bare.show(session);
    bare.holeMap().shownProperty().set(true);
    assertNull(bare.holeMap().autoencoder().mapProperty().get());
    assertTrue(
        bare.holeMap().vae().noteProperty().get().contains("No classifier"),
        bare.holeMap().vae().noteProperty().get());
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void newModelsClearTheOldMapAndClosingClosesTheClassifier() {
    vm.show(session);
    vm.holeMap().shownProperty().set(true);
    HoleMap first = vm.holeMap().vae().mapProperty().get();
    vm.show(FakeSource.session(300));
    HoleMap second = vm.holeMap().vae().mapProperty().get();
    assertNotNull(second);
    assertTrue(first != second);
    assertEquals(300, vm.vae().dataProperty().get().size());
    vm.close();
    assertTrue(source.classifiers.get(0).isClosed());
  }
}
