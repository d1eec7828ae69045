package org.latentlab.ui.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentlab.latent.info.Gaussian;
import org.latentlab.latent.info.GaussianDivergence;
import org.latentlab.ui.information.GaussiansViewModel.Parameter;

/** The tab's state without a window: refused values, the prior case, the fit's play and stop. */
class InformationViewModelTest {

  @Test
  void aZeroSigmaOrTextIsRefusedInOneLineAndTheGaussiansStay() {
    GaussiansViewModel vm = new InformationViewModel().gaussians();
    Gaussian before = vm.gaussian(Side.P);
    assertFalse(vm.type(Side.P, Parameter.SIGMA, "0"));
    assertTrue(vm.messageProperty().get().startsWith("\u03c3 = 0.000 is refused"));
    assertFalse(vm.messageProperty().get().contains("\n"));
    assertFalse(vm.type(Side.P, Parameter.MU, "abc"));
    assertEquals("\"abc\" is not a number (\u03bc of p).", vm.messageProperty().get());
    assertFalse(vm.type(Side.P, Parameter.MU, " "));
    assertEquals(before, vm.gaussian(Side.P));
    assertTrue(vm.type(Side.P, Parameter.MU, "0.5"));
    assertEquals("", vm.messageProperty().get());
  }

  @Test
  void withThePriorAsQTheKlIsTheVaesTermAndZeroAtTheStandardNormal() {
    GaussiansViewModel vm = new InformationViewModel().gaussians();
    vm.qToPrior();
    vm.set(Side.P, Parameter.MU, 0.5);
    GaussiansViewModel.Readout r = vm.readoutProperty().get();
    assertTrue(r.qIsPrior());
    assertEquals(GaussianDivergence.toStandardNormal(r.p()), r.closedPq(), 1e-12);
    vm.set(Side.P, Parameter.MU, 0);
    vm.set(Side.P, Parameter.SIGMA, 1);
    assertEquals(0, vm.readoutProperty().get().closedPq(), 1e-15);
    assertEquals(0, vm.readoutProperty().get().numericPq(), 1e-9);
  }

  @Test
  void playingStopsWhenBothFitsHaveConvergedAndPlayingAgainRestarts() {
    KlFitViewModel vm = new InformationViewModel().fit();
    vm.togglePlay();
    assertTrue(vm.playingProperty().get());
    for (int i = 0; i < 20_000 && vm.playingProperty().get(); i++) {
      vm.step();
    }
    assertFalse(vm.playingProperty().get(), "both fits converge and the animation stops");
    assertTrue(vm.forwardProperty().get().q().sigma() > 1.5, "the forward fit covers both modes");
    assertEquals(2, vm.reverseProperty().get().q().mu(), 0.1, "the reverse fit takes one mode");
    vm.togglePlay();
    assertEquals(0, vm.forwardProperty().get().steps(), "a finished fit starts again");
    vm.set(KlFitViewModel.Setting.MU_B, 3);
    assertEquals(3, vm.targetProperty().get().b().mu());
  }

  @Test
  void theLastOutcomeCannotBeRemovedWhileItHoldsAllTheProbability() {
    DiscreteViewModel vm = new InformationViewModel().discrete();
    vm.preset(Presets.FAIR_DIE);
    vm.addOutcome();
    assertEquals(7, vm.distribution(Side.P).size());
    vm.setProbability(Side.Q, 6, 1);
    vm.removeOutcome();
    assertEquals(7, vm.distribution(Side.Q).size());
    assertTrue(vm.messageProperty().get().contains("all of q's probability"));
  }
}
