package org.latentlab.train.classifier;

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
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.latentlab.data.ImageSet;
import org.latentlab.model.EngineSetup;
import org.latentlab.model.classifier.ClassifierMetadata;
import org.latentlab.model.classifier.ClassifierModel;
import org.latentlab.train.BatchLoop;
import org.latentlab.train.Cancellation;
import org.latentlab.train.ModelTrainer;
import org.latentlab.train.TrainingStoppedException;

/**
 * Trains an image classifier with DJL's {@link Trainer} and Adam on the cross-entropy ({@link
 * ClassifierLoss}), in the same {@link BatchLoop} as {@link ModelTrainer}: one sub-manager per
 * batch, a check for cancellation and for a non-finite loss around every step, and a run that stops
 * early closes its model and throws.
 */
public final class ClassifierTrainer {
  private final Consumer<ClassifierEpoch> listener;
  private final Cancellation cancellation;

  /**
   * @param listener receives one event per epoch, on the training thread
   * @param cancellation checked before every step
   */
  public ClassifierTrainer(Consumer<ClassifierEpoch> listener, Cancellation cancellation) {
    this.listener = listener;
    this.cancellation = cancellation;
  }

  /**
   * Trains a new classifier on {@code data} (all but the last {@code options.validation()} images).
   *
   * @param dataset the data set's name as recorded in the metadata
   * @return the trained classifier (the caller owns and closes it) and its epochs
   * @throws TrainingStoppedException if cancelled or if the loss became NaN or infinite
   */
  public Result train(ImageSet data, String dataset, ClassifierOptions options)
      throws TrainingStoppedException {
    var spec = options.spec();
    checkData(data, options);
    int trainCount = data.count() - options.validation();
    int[] train = IntStream.range(0, trainCount).toArray();
    int[] held = IntStream.range(trainCount, data.count()).toArray();
    EngineSetup.engine().setRandomSeed((int) options.seed());
    ClassifierMetadata metadata = new ClassifierMetadata(spec, data.classNames(), dataset, null);
    ClassifierModel model = ClassifierModel.create(metadata);
    ClassifierLoss loss = new ClassifierLoss();
    DefaultTrainingConfig config =
        new DefaultTrainingConfig(loss)
            .optDevices(new Device[] {Device.cpu()})
            .optOptimizer(
                Adam.builder()
                    .optLearningRateTracker(Tracker.fixed((float) options.learningRate()))
                    .build());
    try (Trainer trainer = model.djlModel().newTrainer(config)) {
      trainer.initialize(new Shape(options.batchSize(), spec.pixels()));
      ClassifierEpochs epochs = new ClassifierEpochs(listener, model, data, held);
      new BatchLoop<ClassifierStep>(
              batch -> step(trainer, loss, batch),
              List.of(cancellation, ClassifierStep.divergenceCheck(spec.classes()), epochs))
          .run(
              trainer.getManager(),
              new LabelledBatches(
                  data, train, options.batchSize(), options.shift(), options.seed()),
              options.epochs());
      Result result = new Result(model, epochs.epochs());
      ClassifierEpoch last = result.last();
      model.setMetadata(
          metadata.withTraining(
              new ClassifierMetadata.Training(
                  trainCount,
                  options.epochs(),
                  options.batchSize(),
                  options.learningRate(),
                  options.seed(),
                  options.shift(),
                  last.loss(),
                  last.trainAccuracy(),
                  held.length,
                  last.validationAccuracy(),
                  Instant.now().toString())));
      return result;
    } catch (TrainingStoppedException | RuntimeException | Error e) {
      model.close();
      throw e;
    }
  }

  /** Refuses data a classifier of {@code options} cannot train on, before any work starts. */
  static void checkData(ImageSet data, ClassifierOptions options) {
    var spec = options.spec();
    if (data.rows() != spec.rows() || data.cols() != spec.cols()) {
      throw new IllegalArgumentException(
          data.name()
              + " has "
              + data.rows()
              + "x"
              + data.cols()
              + " images but the classifier expects "
              + spec.rows()
              + "x"
              + spec.cols());
    }
    if (data.classNames().size() != spec.classes()) {
      throw new IllegalArgumentException(
          data.name()
              + " has "
              + data.classNames().size()
              + " classes but the classifier has "
              + spec.classes());
    }
    if (data.count() - options.validation() <= 0) {
      throw new IllegalArgumentException(
          "holding out "
              + options.validation()
              + " of "
              + data.count()
              + " images leaves nothing to train on");
    }
  }

  /** One optimizer step; returns the batch's mean loss and its correctly classified images. */
  private static ClassifierStep step(Trainer trainer, ClassifierLoss loss, Batch batch) {
    NDList labels = batch.getLabels();
    NDArray objective;
    NDArray logits;
    try (GradientCollector collector = trainer.newGradientCollector()) {
      logits = trainer.forward(batch.getData()).singletonOrThrow();
      objective = loss.evaluate(labels, new NDList(logits));
      collector.backward(objective);
    }
    trainer.step();
    int classes = (int) logits.getShape().get(1);
    float[] scores = logits.toFloatArray();
    float[] truth = labels.singletonOrThrow().toFloatArray();
    int correct = 0;
    for (int i = 0; i < batch.getSize(); i++) {
      if (truth[i * classes + ClassifierEvaluator.argmax(scores, i * classes, classes)] == 1f) {
        correct++;
      }
    }
    return new ClassifierStep(objective.getFloat(), correct);
  }

  /**
   * A trained classifier and how its epochs went.
   *
   * @param model the classifier; the caller owns it and must close it
   * @param epochs one summary per epoch, in order
   */
  public record Result(ClassifierModel model, List<ClassifierEpoch> epochs) {
    /** Defensive copy. */
    public Result {
      epochs = List.copyOf(epochs);
    }

    /** The last epoch. */
    public ClassifierEpoch last() {
      return epochs.get(epochs.size() - 1);
    }
  }
}
