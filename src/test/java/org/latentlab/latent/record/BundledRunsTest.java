package org.latentlab.latent.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The runs the app ships: each loads, is small, and shows what its lesson scene says it shows. */
class BundledRunsTest {
  static final java.util.List<String> NAMES = RecordedRunFile.BUNDLED;

  @ParameterizedTest
  @FieldSource("NAMES")
  void eachBundledRunLoadsAndIsAtMostTwoMegabytes(String name) throws Exception {
    assertTrue(Files.size(Path.of("assets/runs", name + ".llrun")) <= 2 << 20, name);
    RecordedRun run = RecordedRunFile.readBundled(name);
    assertTrue(run.snapshots().size() >= 10, name + ": " + run.snapshots().size() + " snapshots");
    assertEquals(0, run.snapshots().get(0).step(), "the first snapshot is before training");
    assertTrue(run.snapshots().get(run.snapshots().size() - 1).epochEnd(), "the last ends it");
    assertEquals(run.settings().epochs(), run.epochs().size());
    assertEquals(10, run.classNames().size());
    assertTrue(run.settings().variational());
  }

  @Test
  void everyRunTheBundledLessonsPlayIsBundled() throws Exception {
    int played = 0;
    for (String lesson : org.latentlab.lesson.Lessons.BUNDLED) {
      for (org.latentlab.lesson.Scene scene :
          org.latentlab.lesson.Lessons.bundled(lesson).scenes()) {
        if (scene.training() != null) {
          RecordedRun run = RecordedRunFile.open(scene.training().run());
          assertTrue(scene.training().snapshot() < run.snapshots().size(), scene.title());
          played++;
        }
      }
    }
    assertTrue(played >= 3, "the lesson's training scenes: " + played);
  }

  @Test
  void theKlOnlyRunStartsFromTheTrainedVaeAndCollapsesOntoThePrior() throws Exception {
    RecordedRun run = RecordedRunFile.readBundled("kl-only-from-vae");
    assertTrue(run.settings().klOnly());
    assertEquals("mnist-vae", run.settings().startedFrom());
    double first = meanDistance(run.snapshots().get(0));
    double last = meanDistance(run.snapshots().get(run.snapshots().size() - 1));
    assertTrue(first > 0.5, "the trained VAE's codes are spread out: mean |mu| " + first);
    assertTrue(last * 5 <= first, "collapsed: mean |mu| from " + first + " to " + last);
  }

  @Test
  void betaZeroLeavesTheCodesFartherFromTheOriginThanBetaOne() throws Exception {
    double free = meanDistance(last(RecordedRunFile.readBundled("beta-0")));
    double elbo = meanDistance(last(RecordedRunFile.readBundled("beta-1")));
    assertTrue(free > elbo, "beta 0: " + free + ", beta 1: " + elbo);
  }

  private static RecordedRun.Snapshot last(RecordedRun run) {
    return run.snapshots().get(run.snapshots().size() - 1);
  }

  /** The mean distance of the codes from the origin. */
  private static double meanDistance(RecordedRun.Snapshot s) {
    double sum = 0;
    for (float[] c : s.codes()) {
      double r = 0;
      for (float v : c) {
        r += v * v;
      }
      sum += Math.sqrt(r);
    }
    return sum / s.codes().length;
  }
}
