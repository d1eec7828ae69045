package org.latentlab.ui.posterior;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.Ellipse;
import org.latentlab.latent.vae.Posterior;
import org.latentlab.testing.FakeSource;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.plane.DecodedImage;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneMarks;

/** The posterior, its samples, the decode toggle and the prior grids, without a window. */
class PosteriorViewModelTest {
  private final ExplorerViewModel vm =
      new ExplorerViewModel(UiThreads.sameThread(), new FakeSource(400), new Random(1));
  private final ExplorerSession session = FakeSource.session(400);

  private PosteriorViewModel.Selected select(int index) {
    vm.show(session);
    vm.select(index, false);
    return vm.posterior().selectedProperty().get();
  }

  @Test
  void selectingAnImageGivesItsPosteriorAndEllipsesOfOneAndTwoSigma() {
    PosteriorViewModel.Selected s = select(7);
    assertNotNull(s);
    Posterior q = session.vae().encodePosterior(new float[][] {session.images().image(7)})[0];
    assertArrayEquals(q.mu(), s.posterior().mu());
    PlaneMarks marks = vm.marksFor(vm.vae());
    assertEquals(2, marks.contours().length);
    float[] sigma = q.sigma();
    for (int k = 1; k <= 2; k++) {
      Ellipse e = marks.contours()[k - 1];
      assertEquals(q.mu()[0], e.centreX(), 1e-6);
      assertEquals(q.mu()[1], e.centreY(), 1e-6);
      assertEquals(k * Math.max(sigma[0], sigma[1]), e.semiMajor(), 1e-5);
      assertEquals(k * Math.min(sigma[0], sigma[1]), e.semiMinor(), 1e-5);
    }
    assertEquals("\u03bc", marks.centreLabel());
    PlaneMarks ae = vm.marksFor(vm.autoencoder());
    assertEquals(0, ae.contours().length, "the AE has no spread to draw");
    float[] code = vm.autoencoder().dataProperty().get().codes()[7];
    assertArrayEquals(new double[] {code[0], code[1]}, ae.centre(), 1e-6);
    assertTrue(ae.centreLabel().contains("\u03c3 \u2192 0"), ae.centreLabel());
    assertEquals(s.vaeTerms().kl(), sum(q.klPerDimension()), 1e-6);
  }

  @Test
  void sampleEpsilonDrawsKPointsAroundMuAndDecodesEach() {
    PosteriorViewModel.Selected s = select(3);
    PosteriorViewModel p = vm.posterior();
    assertNull(p.fanProperty().get());
    p.sampleEpsilon();
    PosteriorViewModel.Fan fan = p.fanProperty().get();
    assertEquals(PosteriorViewModel.DEFAULT_SAMPLES, fan.codes().length);
    assertEquals(PosteriorViewModel.DEFAULT_SAMPLES, fan.images().length);
    float[] sigma = s.posterior().sigma();
    for (int i = 0; i < fan.codes().length; i++) {
      assertArrayEquals(session.vae().decode(fan.codes()[i]), fan.images()[i]);
      for (int d = 0; d < 2; d++) {
        assertTrue(
            Math.abs(fan.codes()[i][d] - s.posterior().mu()[d]) < 6 * sigma[d],
            "a sample 6σ away is a bug, not bad luck");
      }
    }
    assertEquals(16, vm.marksFor(vm.vae()).samples().length, "the samples are marked");
    p.sampleCountProperty().set(9);
    assertEquals(9, p.fanProperty().get().codes().length, "changing K redraws the fan");
    p.sampleCountProperty().set(500);
    assertEquals(PosteriorViewModel.MAX_SAMPLES, p.sampleCountProperty().get());
    vm.select(4, false);
    assertNull(p.fanProperty().get(), "a new image starts without samples");
  }

  @Test
  void eachSampleIsMuPlusSigmaTimesItsEpsilonAndTheMagnifierWidensOnlySigma() {
    PosteriorViewModel.Selected s = select(5);
    PosteriorViewModel p = vm.posterior();
    p.sampleEpsilon();
    PosteriorViewModel.Fan fan = p.fanProperty().get();
    float[] mu = s.posterior().mu();
    float[] sigma = s.posterior().sigma();
    for (int i = 0; i < fan.codes().length; i++) {
      for (int d = 0; d < mu.length; d++) {
        assertEquals(mu[d] + sigma[d] * fan.epsilons()[i][d], fan.codes()[i][d], 1e-5);
      }
    }
    String listed = PosteriorView.numbers(fan);
    assertEquals(PosteriorViewModel.DEFAULT_SAMPLES / 2, listed.lines().count(), listed);
    for (int i : new int[] {0, PosteriorViewModel.DEFAULT_SAMPLES - 1}) {
      String z =
          String.format(
              java.util.Locale.ROOT, "(%5.2f,%5.2f)", fan.codes()[i][0], fan.codes()[i][1]);
      String eps =
          String.format(
              java.util.Locale.ROOT, "(%5.2f,%5.2f)", fan.epsilons()[i][0], fan.epsilons()[i][1]);
      String line = String.format("%2d ", i + 1) + eps + " \u2192 " + z;
      assertTrue(
          listed.contains(line.replace('-', '\u2212')),
          "sample " + (i + 1) + "'s ε and z are listed: " + listed);
    }

    p.magnifyProperty().set(5);
    PosteriorViewModel.Fan wide = p.fanProperty().get();
    assertEquals(5, wide.magnify());
    assertSame(fan.epsilons(), wide.epsilons(), "the same ε, only σ's effect is widened");
    for (int i = 0; i < wide.codes().length; i++) {
      for (int d = 0; d < mu.length; d++) {
        assertEquals(5 * (fan.codes()[i][d] - mu[d]), wide.codes()[i][d] - mu[d], 1e-4);
      }
      assertArrayEquals(session.vae().decode(wide.codes()[i]), wide.images()[i]);
    }
    p.magnifyProperty().set(1000);
    assertEquals(10, p.magnifyProperty().get(), "at most 10×");
  }

  @Test
  void theToggleDecodesMuOrAFreshSample() {
    PosteriorViewModel.Selected s = select(11);
    PosteriorViewModel p = vm.posterior();
    DecodedImage mu = p.decodedProperty().get();
    assertArrayEquals(s.posterior().mu(), mu.code());
    p.decodeModeProperty().set(PosteriorViewModel.DecodeMode.SAMPLE);
    DecodedImage first = p.decodedProperty().get();
    assertFalse(java.util.Arrays.equals(first.code(), s.posterior().mu()));
    assertArrayEquals(session.vae().decode(first.code()), first.pixels());
    p.resample();
    assertFalse(
        java.util.Arrays.equals(first.code(), p.decodedProperty().get().code()),
        "New ε gives another sample");
    p.decodeModeProperty().set(PosteriorViewModel.DecodeMode.MU);
    assertArrayEquals(s.posterior().mu(), p.decodedProperty().get().code());
  }

  @Test
  void priorSamplesComeFromNZeroIForTheVaeAndAFittedGaussianForTheAe() {
    vm.show(session);
    vm.posterior().sampleCountProperty().set(25);
    vm.samplePrior();
    PriorSamplesViewModel.Samples s = vm.prior().samplesProperty().get();
    assertEquals(25, s.vaeCodes().length);
    assertEquals(25, s.aeImages().length);
    assertArrayEquals(session.vae().decode(s.vaeCodes()[0]), s.vaeImages()[0]);
    // The AE's draws sit where its codes are (the fake AE's codes spread about ±4).
    float[][] aeCodes = vm.autoencoder().dataProperty().get().codes();
    double spread = 0;
    for (float[] c : aeCodes) {
      spread = Math.max(spread, Math.abs(c[0]));
    }
    for (float[] z : s.aeCodes()) {
      assertTrue(Math.abs(z[0]) < 3 * spread);
    }
    assertEquals(25, vm.marksFor(vm.vae()).priorSamples().length);
    vm.show(FakeSource.session(400));
    assertNull(vm.prior().samplesProperty().get(), "another session clears the samples");
  }

  @Test
  void plottingSamplesDrawsOneZPerImageAroundItsMu() {
    vm.show(session);
    PosteriorViewModel p = vm.posterior();
    PlaneData mu = vm.vae().dataProperty().get();
    assertSame(mu, p.plotted(mu));
    p.plotSamplesProperty().set(true);
    PlaneData z = p.sampledPlaneProperty().get();
    assertEquals(mu.size(), z.size());
    assertSame(mu.projection(), z.projection(), "same plane, same coordinates");
    assertSame(z, p.plotted(mu));
    float[] sigma =
        session.vae().encodePosterior(new float[][] {session.images().image(0)})[0].sigma();
    double sum = 0;
    for (int i = 0; i < z.size(); i++) {
      double d = (z.codes()[i][0] - mu.codes()[i][0]) / sigma[0];
      sum += d * d;
    }
    double variance = sum / z.size();
    assertTrue(
        Math.abs(variance - 1) < 5 * Math.sqrt(2.0 / z.size()),
        "(z − μ)/σ has unit variance: " + variance);
    assertSame(
        vm.autoencoder().dataProperty().get(),
        p.plotted(vm.autoencoder().dataProperty().get()),
        "the AE plane keeps its codes");
    p.plotSamplesProperty().set(false);
    assertNull(p.sampledPlaneProperty().get());
  }

  @Test
  void onAPcaPlaneTheEllipsesAreTheProjectedPosterior() throws Exception {
    vm.openBundled("Fake 3-D");
    vm.select(5, false);
    PosteriorViewModel.Selected s = vm.posterior().selectedProperty().get();
    PlaneData d = vm.vae().dataProperty().get();
    assertTrue(d.projection() instanceof org.latentlab.latent.Pca);
    PlaneMarks marks = vm.marksFor(vm.vae());
    org.latentlab.latent.PlaneGaussian g =
        org.latentlab.latent.PlaneGaussian.of(
            d.projection(), s.posterior().mu(), s.posterior().logVar());
    assertEquals(d.projection().x(s.posterior().mu()), marks.centre()[0], 1e-6);
    assertEquals(g.contour(2).semiMajor(), marks.contours()[1].semiMajor(), 1e-9);
    assertEquals(g.contour(1).angle(), marks.contours()[0].angle(), 1e-9);
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
