package org.latentlab.train.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.model.classifier.ClassifierModel;
import org.latentlab.model.classifier.ClassifierStore;
import org.latentlab.testing.SharedData;

/**
 * The bundled classifiers on test images nobody trained on (skipped without the classifiers or the
 * test data): MNIST's must reach the 97% on the official test set.
 */
class BundledClassifierQualityTest {

  private static void assumeBundled(String name) {
    assumeTrue(
        BundledClassifierQualityTest.class.getResource("/models/" + name + "/latentlab.json")
            != null,
        name + " is not bundled in this build");
  }

  @Test
  void mnistClassifierReaches97PercentOnTheOfficialTestSet() throws Exception {
    assumeBundled("mnist-classifier");
    ImageSet test = SharedData.mnistTestSetOrSkip();
    try (ClassifierModel c = ClassifierStore.loadBundled("mnist-classifier")) {
      ClassifierEvaluation r = ClassifierEvaluator.evaluate(c, test);
      System.out.printf("bundled mnist-classifier on t10k: %.2f%%%n", 100 * r.accuracy());
      assertEquals(10_000, r.images());
      assertTrue(r.accuracy() >= 0.97, "accuracy " + r.accuracy());
    }
  }

  @Test
  void fashionClassifierOnFashionMnistTest() throws Exception {
    assumeBundled("fashion-classifier");
    Optional<ImageSet> test;
    try {
      test = DataSources.fromEnvironment().test("fashion");
    } catch (java.io.IOException e) {
      test = Optional.empty();
    }
    assumeTrue(test.isPresent(), "Fashion-MNIST's test split is not on this machine");
    try (ClassifierModel c = ClassifierStore.loadBundled("fashion-classifier")) {
      ClassifierEvaluation r = ClassifierEvaluator.evaluate(c, test.get());
      System.out.printf(
          "bundled fashion-classifier on Fashion-MNIST test: %.2f%%%n", 100 * r.accuracy());
      assertTrue(r.accuracy() >= FASHION_TARGET, "accuracy " + r.accuracy());
    }
  }

  /** Set from the bundled model's measured accuracy, rounded down (see models/README.md). */
  private static final double FASHION_TARGET = 0.90;
}
