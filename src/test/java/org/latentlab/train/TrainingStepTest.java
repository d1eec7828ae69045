package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.data.ImageSet;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.EngineSetup;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelMetadata;
import org.latentlab.model.ModelSpec;
import org.latentlab.testing.TrainingData;

/**
 * LatentLab's training loop ({@link InPlaceAdam} called per parameter) takes the same steps as
 * DJL's stock loop ({@code Trainer.step()} with DJL's Adam). PyTorch adds each backward pass into
 * the gradient already there, so an optimizer that left its gradient behind would feed the next
 * step the running sum of all gradients so far and the losses would drift apart within a few steps.
 */
class TrainingStepTest {
  private static final ModelSpec SPEC = new ModelSpec(ModelKind.VAE, 28, 28, List.of(128, 64), 2);
  private static final int STEPS = 12;

  @Test
  void eachStepUsesOnlyItsOwnBatchsGradient() throws Exception {
    ImageSet images = TrainingData.fewHundred().head(32 * STEPS);
    TrainingOptions options = new TrainingOptions(SPEC, 1, 1, 1, 32, 1e-3, 7);

    List<Float> ours = new ArrayList<>();
    ModelTrainer trainer =
        new ModelTrainer(
            e -> {
              if (e instanceof TrainingEvent.BatchEnd b) {
                ours.add((float) b.losses().total());
              }
            },
            new Cancellation());
    trainer.train(images, "test", options).model().close();

    List<Float> stock = stockDjlLoop(images, options);
    assertEquals(STEPS, ours.size());
    for (int i = 0; i < STEPS; i++) {
      assertEquals(
          stock.get(i),
          ours.get(i),
          1e-3 * stock.get(i),
          "step " + (i + 1) + ": " + ours + " vs DJL's " + stock);
    }
  }

  /** The textbook DJL loop: forward, backward, {@code trainer.step()}. */
  private static List<Float> stockDjlLoop(ImageSet images, TrainingOptions options)
      throws Exception {
    EngineSetup.engine().setRandomSeed((int) options.seed());
    ModelMetadata metadata = new ModelMetadata(SPEC, images.classNames(), "test", 1, 1, null);
    List<Float> losses = new ArrayList<>();
    ElboLoss loss = new ElboLoss(1, 1);
    try (AutoencoderModel model = AutoencoderModel.create(metadata)) {
      var adam =
          Adam.builder()
              .optLearningRateTracker(Tracker.fixed((float) options.learningRate()))
              .build();
      var config =
          new DefaultTrainingConfig(loss)
              .optDevices(new Device[] {Device.cpu()})
              .optOptimizer(adam);
      try (Trainer trainer = model.djlModel().newTrainer(config)) {
        trainer.initialize(new Shape(options.batchSize(), SPEC.pixels()));
        var batches = new ImageBatches(images, options.batchSize(), options.seed());
        for (Batch batch : trainer.iterateDataset(batches)) {
          try (batch) {
            NDArray x = batch.getData().head();
            try (GradientCollector collector = trainer.newGradientCollector()) {
              NDArray objective = loss.objective(loss.terms(x, trainer.forward(new NDList(x))));
              collector.backward(objective);
              losses.add(objective.getFloat());
            }
            trainer.step();
          }
        }
      }
    }
    return losses;
  }
}
