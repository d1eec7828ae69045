package org.latentlab.train.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.data.ImageSet;
import org.latentlab.model.classifier.ClassifierModel;
import org.latentlab.model.classifier.ClassifierSpec;
import org.latentlab.testing.TrainingData;
import org.latentlab.train.Cancellation;
import org.latentlab.train.TrainingStoppedException;

/** A small classifier learns a few hundred digits; stopping early keeps nothing. */
class ClassifierTrainerTest {
  private static final ClassifierSpec SMALL =
      new ClassifierSpec(28, 28, 10, List.of(4, 8), List.of(32));

  @Test
  void learnsAFewHundredDigitsAndReportsHeldOutAccuracy() throws Exception {
    ImageSet data = TrainingData.fewHundred();
    List<ClassifierEpoch> seen = new ArrayList<>();
    ClassifierOptions options = new ClassifierOptions(SMALL, 6, 32, 3e-3, 1, 100, 1);
    ClassifierTrainer.Result r =
        new ClassifierTrainer(seen::add, new Cancellation()).train(data, "mnist", options);
    try (ClassifierModel model = r.model()) {
      assertEquals(6, seen.size());
      assertTrue(seen.get(5).loss() < seen.get(0).loss(), "loss falls: " + seen);
      assertTrue(Double.isFinite(seen.get(5).validationAccuracy()));
      ClassifierEvaluation fit = ClassifierEvaluator.evaluate(model, data.head(300));
      System.out.printf(
          "small classifier: %.1f%% on its 300 training digits, %.1f%% on 100 held" + " out%n",
          100 * fit.accuracy(), 100 * seen.get(5).validationAccuracy());
      assertTrue(fit.accuracy() > 0.6, "accuracy on training digits " + fit.accuracy());
      assertEquals(300, model.metadata().training().trainImages());
      assertEquals(100, model.metadata().training().validationImages());
      assertEquals("mnist", model.metadata().dataset());
    }
  }

  @Test
  void aCancelledRunThrowsAndKeepsNothing() {
    Cancellation cancel = new Cancellation();
    cancel.cancel();
    TrainingStoppedException e =
        assertThrows(
            TrainingStoppedException.class,
            () ->
                new ClassifierTrainer(x -> {}, cancel)
                    .train(
                        TrainingData.fewHundred().head(64),
                        "mnist",
                        new ClassifierOptions(SMALL, 1, 32, 1e-3, 0, 0, 1)));
    assertTrue(e.cancelled());
  }

  @Test
  void holdingOutEverythingIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ClassifierTrainer(x -> {}, new Cancellation())
                .train(
                    TrainingData.fewHundred().head(50),
                    "mnist",
                    new ClassifierOptions(SMALL, 1, 32, 1e-3, 0, 50, 1)));
  }
}
