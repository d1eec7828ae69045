package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.latentlab.data.ImageSet;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;
import org.latentlab.testing.TrainingData;

class ModelTrainerTest {
  private static final ModelSpec SMALL_VAE =
      new ModelSpec(ModelKind.VAE, 28, 28, List.of(128, 64), 2);

  @Test
  void aShortRunOnAFewHundredImagesLowersTheLoss() throws Exception {
    ImageSet images = TrainingData.fewHundred();
    for (ModelKind kind : ModelKind.values()) {
      List<TrainingEvent.EpochEnd> epochs = new ArrayList<>();
      List<TrainingEvent.BatchEnd> batches = new ArrayList<>();
      var options =
          TrainingOptions.defaults(new ModelSpec(kind, 28, 28, List.of(128, 64), 2)).withEpochs(4);
      var trainer =
          new ModelTrainer(
              e -> {
                if (e instanceof TrainingEvent.EpochEnd ee) {
                  epochs.add(ee);
                } else {
                  batches.add((TrainingEvent.BatchEnd) e);
                }
              },
              new Cancellation());
      var result = trainer.train(images, "test", options);
      result.model().close();
      assertEquals(4, epochs.size());
      int perEpoch = (images.count() + 127) / 128;
      assertEquals(4 * perEpoch, batches.size(), "one event per batch");
      double first = epochs.get(0).mean().total();
      double last = epochs.get(3).mean().total();
      // An SAE's first epochs also silence its hidden units, which costs some reconstruction.
      double factor = kind == ModelKind.SAE ? 0.9 : 0.8;
      assertTrue(last < factor * first, kind + ": loss went from " + first + " to " + last);
      if (kind == ModelKind.VAE) {
        assertTrue(epochs.get(3).mean().kl() > 0, "a VAE reports its KL term");
        StepLosses mean = epochs.get(3).mean();
        assertEquals(mean.reconstruction() + mean.kl(), mean.total(), 1e-3);
      } else {
        assertEquals(0.0, epochs.get(3).mean().kl());
      }
      assertEquals(last, result.report().last().mean().total());
      assertEquals(
          4,
          result.model().metadata().training() == null
              ? -1
              : result.model().metadata().training().epochs());
    }
  }

  @Test
  void cancellingFromAnotherThreadStopsTheRunWithinABatch() throws Exception {
    ImageSet images = TrainingData.fewHundred();
    Cancellation cancel = new Cancellation();
    CountDownLatch started = new CountDownLatch(1);
    List<TrainingEvent.BatchEnd> after = new ArrayList<>();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> run =
          pool.submit(
              () ->
                  new ModelTrainer(
                          e -> {
                            if (e instanceof TrainingEvent.BatchEnd b) {
                              started.countDown();
                              if (cancel.isCancelled()) {
                                after.add(b);
                              }
                            }
                          },
                          cancel)
                      .train(images, "test", TrainingOptions.defaults(SMALL_VAE).withEpochs(500)));
      assertTrue(started.await(60, TimeUnit.SECONDS));
      cancel.cancel();
      var e =
          assertThrows(
              java.util.concurrent.ExecutionException.class, () -> run.get(30, TimeUnit.SECONDS));
      var stopped = (TrainingStoppedException) e.getCause();
      assertTrue(stopped.cancelled());
      assertTrue(stopped.getMessage().contains("cancelled"), stopped.getMessage());
      assertTrue(after.size() <= 1, "at most the batch in flight finishes: " + after.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDivergingLossStopsTheRunWithAClearMessage() {
    ImageSet images = TrainingData.fewHundred();
    var options = new TrainingOptions(SMALL_VAE, 1, 1, 50, 32, 1e12, 1);
    var e =
        assertThrows(
            TrainingStoppedException.class,
            () -> ModelTrainer.quiet().train(images, "test", options));
    assertFalse(e.cancelled());
    assertTrue(
        e.getMessage().matches("the loss became (NaN|Infinity|-Infinity) in epoch \\d+.*"),
        e.getMessage());
    assertTrue(e.getMessage().contains("nothing was saved"), e.getMessage());
  }

  @Test
  void imagesOfTheWrongSizeAreRefusedBeforeTraining() {
    ImageSet images = TrainingData.fewHundred();
    var options = TrainingOptions.defaults(new ModelSpec(ModelKind.AE, 32, 32, List.of(16), 2));
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ModelTrainer.quiet().train(images, "test", options));
    assertTrue(e.getMessage().contains("28x28 images but the model expects 32x32"), e.getMessage());
  }
}
