package org.latentlab.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.latentlab.data.ImageSet;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.EngineSetup;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelMetadata;

/**
 * Trains an autoencoder or VAE with DJL's {@link Trainer} and Adam.
 *
 * <p>Every batch lives in its own NDManager (see {@link ImageBatches}); the run checks for
 * cancellation and for a non-finite loss after every step. A run that stops early closes its model
 * and throws, so no half-trained model can be saved by mistake.
 */
public final class ModelTrainer {
  private final Consumer<TrainingEvent> listener;
  private final Cancellation cancellation;
  private final TrainingObserver observer;
  private final int observeEvery;

  /**
   * @param listener receives a {@link TrainingEvent.BatchEnd} per step and an {@link
   *     TrainingEvent.EpochEnd} per epoch, on the training thread
   * @param cancellation checked before every step
   */
  public ModelTrainer(Consumer<TrainingEvent> listener, Cancellation cancellation) {
    this(listener, cancellation, null, 0);
  }

  private ModelTrainer(Consumer<TrainingEvent> listener, Cancellation cancellation,
      TrainingObserver observer, int observeEvery) {
    this.listener = listener;
    this.cancellation = cancellation;
    this.observer = observer;
    this.observeEvery = observeEvery;
  }

  /**
   * This trainer with an observer that sees the model before the first step, after every epoch
   * and, if {@code everySteps > 0}, after every {@code everySteps}-th step.
   */
  public ModelTrainer observing(TrainingObserver observer, int everySteps) {
    if (everySteps < 0) {
      throw new IllegalArgumentException("observation interval must be 0 or more: " + everySteps);
    }
    return new ModelTrainer(listener, cancellation, java.util.Objects.requireNonNull(observer),
        everySteps);
  }

  /** A trainer that reports nothing and cannot be cancelled. */
  public static ModelTrainer quiet() {
    return new ModelTrainer(e -> {}, new Cancellation());
  }

  /**
   * Trains a new model on {@code data}.
   *
   * @param data training images; their size must match {@code options.spec()}
   * @param dataset the data set's name as it will be recorded in the model's metadata
   * @return the trained model (the caller owns and closes it) and the report
   * @throws TrainingStoppedException if cancelled or if the loss became NaN or infinite
   */
  public Result train(ImageSet data, String dataset, TrainingOptions options)
      throws TrainingStoppedException {
    var spec = options.spec();
    if (data.rows() != spec.rows() || data.cols() != spec.cols()) {
      throw new IllegalArgumentException(
          data.name() + " has " + data.rows() + "x" + data.cols() + " images but the model expects "
              + spec.rows() + "x" + spec.cols());
    }
    if (data.count() == 0) {
      throw new IllegalArgumentException(data.name() + " has no images");
    }
    EngineSetup.engine().setRandomSeed((int) options.seed());
    double beta = spec.kind() == ModelKind.VAE ? options.beta() : 0;
    ModelMetadata metadata =
        new ModelMetadata(
            spec, data.classNames(), dataset, beta, options.reconstructionWeight(), null);
    AutoencoderModel model = AutoencoderModel.create(metadata);
    ElboLoss loss = new ElboLoss(beta, options.reconstructionWeight());
    Optimizer adam = InPlaceAdam.withLearningRate(options.learningRate());
    DefaultTrainingConfig config =
        new DefaultTrainingConfig(loss).optDevices(new Device[] {Device.cpu()}).optOptimizer(adam);
    try (Trainer trainer = model.djlModel().newTrainer(config)) {
      trainer.initialize(new Shape(options.batchSize(), spec.pixels()));
      ImageBatches batches = new ImageBatches(data, options.batchSize(), options.seed());
      int perEpoch = batches.batchesPerEpoch();
      List<TrainingEvent.EpochEnd> epochs = new ArrayList<>();
      long step = 0;
      observe(model, new TrainingObserver.Checkpoint(0, options.epochs(), 0, perEpoch, 0, false));
      for (int epoch = 1; epoch <= options.epochs(); epoch++) {
        long start = System.nanoTime();
        double sumRec = 0;
        double sumKl = 0;
        double sumTotal = 0;
        long seen = 0;
        int b = 0;
        for (Batch batch : trainer.iterateDataset(batches)) {
          try (batch) {
            if (cancellation.isCancelled()) {
              throw new TrainingStoppedException(
                  "training cancelled in epoch " + epoch + "; nothing was saved", true);
            }
            b++;
            step++;
            float[] means = step(trainer, adam, model, loss, batch.getData().head());
            if (!Float.isFinite(means[2])) {
              throw new TrainingStoppedException(
                  "the loss became " + means[2] + " in epoch " + epoch + ", batch " + b
                      + "; training stopped and nothing was saved (try a lower learning rate)",
                  false);
            }
            int n = batch.getSize();
            sumRec += means[0] * n;
            sumKl += means[1] * n;
            sumTotal += means[2] * n;
            seen += n;
            listener.accept(
                new TrainingEvent.BatchEnd(
                    epoch, options.epochs(), b, perEpoch, step, means[0], means[1], means[2]));
            if (observeEvery > 0 && step % observeEvery == 0 && b < perEpoch) {
              observe(model,
                  new TrainingObserver.Checkpoint(epoch, options.epochs(), b, perEpoch, step, false));
            }
          }
        }
        var end =
            new TrainingEvent.EpochEnd(
                epoch, options.epochs(), sumRec / seen, sumKl / seen, sumTotal / seen,
                (System.nanoTime() - start) / 1e9);
        epochs.add(end);
        listener.accept(end);
        observe(model,
            new TrainingObserver.Checkpoint(epoch, options.epochs(), b, perEpoch, step, true));
      }
      var last = epochs.get(epochs.size() - 1);
      model.setMetadata(
          metadata.withTraining(
              new ModelMetadata.TrainingSummary(
                  data.count(), options.epochs(), options.batchSize(), options.learningRate(),
                  options.seed(), last.reconstruction(), last.kl(), last.total(),
                  Instant.now().toString())));
      return new Result(model, new TrainingReport(spec, options, data.count(), epochs));
    } catch (TrainingStoppedException | RuntimeException | Error e) {
      model.close();
      throw e;
    } catch (java.io.IOException | ai.djl.translate.TranslateException e) {
      model.close();
      throw new IllegalStateException("could not iterate the training data", e);
    }
  }

  private void observe(AutoencoderModel model, TrainingObserver.Checkpoint at) {
    if (observer != null) {
      observer.observe(model, at);
    }
  }

  /** One optimizer step; returns the batch means {reconstruction, KL, objective}. */
  private static float[] step(
      Trainer trainer, Optimizer adam, AutoencoderModel model, ElboLoss loss, NDArray images) {
    NDArray objective;
    ElboLoss.Terms terms;
    try (GradientCollector collector = trainer.newGradientCollector()) {
      NDList predictions = trainer.forward(new NDList(images));
      terms = loss.terms(images, predictions);
      objective = loss.objective(terms);
      collector.backward(objective);
    }
    // Adam on each parameter's own gradient, which it leaves zero for the next backward pass.
    // Trainer.step() does the same through a parameter server that first copies every gradient
    // (for multi-device training): 1 M floats per step for nothing on one CPU.
    for (Pair<String, Parameter> p : model.block().getParameters()) {
      Parameter parameter = p.getValue();
      if (parameter.requiresGradient()) {
        NDArray weight = parameter.getArray();
        try (NDArray gradient = weight.getGradient()) {
          adam.update(parameter.getId(), weight, gradient);
        }
      }
    }
    float rec = terms.reconstruction().mean().getFloat();
    float kl = terms.kl() == null ? 0f : terms.kl().mean().getFloat();
    return new float[] {rec, kl, objective.getFloat()};
  }

  /**
   * A trained model and how training went.
   *
   * @param model the trained model; the caller owns it and must close it
   * @param report per-epoch losses and timings
   */
  public record Result(AutoencoderModel model, TrainingReport report) {}
}
