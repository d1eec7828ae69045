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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.latentlab.data.ImageSet;
import org.latentlab.model.classifier.ClassifierMetadata;
import org.latentlab.model.classifier.ClassifierModel;
import org.latentlab.model.EngineSetup;
import org.latentlab.train.Cancellation;
import org.latentlab.train.ModelTrainer;
import org.latentlab.train.TrainingStoppedException;

/**
 * Trains an image classifier with DJL's {@link Trainer} and Adam on the cross-entropy
 * ({@link ClassifierLoss}). Like {@link ModelTrainer}: one sub-manager per batch, a check for
 * cancellation and for a non-finite loss after every step, and a run that stops early closes its
 * model and throws.
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
    if (data.rows() != spec.rows() || data.cols() != spec.cols()) {
      throw new IllegalArgumentException(data.name() + " has " + data.rows() + "x" + data.cols()
          + " images but the classifier expects " + spec.rows() + "x" + spec.cols());
    }
    if (data.classNames().size() != spec.classes()) {
      throw new IllegalArgumentException(data.name() + " has " + data.classNames().size()
          + " classes but the classifier has " + spec.classes());
    }
    int trainCount = data.count() - options.validation();
    if (trainCount <= 0) {
      throw new IllegalArgumentException("holding out " + options.validation() + " of "
          + data.count() + " images leaves nothing to train on");
    }
    int[] train = IntStream.range(0, trainCount).toArray();
    int[] held = IntStream.range(trainCount, data.count()).toArray();
    EngineSetup.engine().setRandomSeed((int) options.seed());
    ClassifierMetadata metadata = new ClassifierMetadata(spec, data.classNames(), dataset, null);
    ClassifierModel model = ClassifierModel.create(metadata);
    ClassifierLoss loss = new ClassifierLoss();
    DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
        .optDevices(new Device[] {Device.cpu()})
        .optOptimizer(Adam.builder()
            .optLearningRateTracker(Tracker.fixed((float) options.learningRate())).build());
    try (Trainer trainer = model.djlModel().newTrainer(config)) {
      trainer.initialize(new Shape(options.batchSize(), spec.pixels()));
      LabelledBatches batches = new LabelledBatches(
          data, train, options.batchSize(), options.shift(), options.seed());
      List<ClassifierEpoch> epochs = new ArrayList<>();
      for (int epoch = 1; epoch <= options.epochs(); epoch++) {
        long start = System.nanoTime();
        double sumLoss = 0;
        long correct = 0;
        long seen = 0;
        for (Batch batch : trainer.iterateDataset(batches)) {
          try (batch) {
            if (cancellation.isCancelled()) {
              throw new TrainingStoppedException(
                  "training cancelled in epoch " + epoch + "; nothing was saved", true);
            }
            float[] step = step(trainer, loss, batch);
            if (!Float.isFinite(step[0])) {
              throw new TrainingStoppedException("the loss became " + step[0] + " in epoch "
                  + epoch + "; training stopped and nothing was saved (try a lower learning rate)",
                  false);
            }
            sumLoss += step[0] * batch.getSize();
            correct += (long) step[1];
            seen += batch.getSize();
          }
        }
        double validation = held.length == 0
            ? Double.NaN : ClassifierEvaluator.evaluate(model, data, held).accuracy();
        ClassifierEpoch end = new ClassifierEpoch(epoch, options.epochs(), sumLoss / seen,
            (double) correct / seen, validation, (System.nanoTime() - start) / 1e9);
        epochs.add(end);
        listener.accept(end);
      }
      ClassifierEpoch last = epochs.get(epochs.size() - 1);
      model.setMetadata(metadata.withTraining(new ClassifierMetadata.Training(
          trainCount, options.epochs(), options.batchSize(), options.learningRate(),
          options.seed(), options.shift(), last.loss(), last.trainAccuracy(), held.length,
          last.validationAccuracy(), Instant.now().toString())));
      return new Result(model, epochs);
    } catch (TrainingStoppedException | RuntimeException | Error e) {
      model.close();
      throw e;
    } catch (java.io.IOException | ai.djl.translate.TranslateException e) {
      model.close();
      throw new IllegalStateException("could not iterate the training data", e);
    }
  }

  /** One optimizer step; returns {batch mean loss, correctly classified images}. */
  private static float[] step(Trainer trainer, ClassifierLoss loss, Batch batch) {
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
    return new float[] {objective.getFloat(), correct};
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
