package org.latentlab.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.latentlab.data.ImageSet;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.EngineSetup;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelMetadata;
import org.latentlab.model.ModelSpec;

/**
 * Trains an autoencoder or VAE with DJL's {@link Trainer} and Adam, in the {@link BatchLoop}.
 *
 * <p>Every batch lives in its own NDManager (see {@link ImageBatches}); the run checks for
 * cancellation and for a non-finite loss around every step. A run that stops early closes its model
 * and throws, so no half-trained model can be saved by mistake.
 */
public final class ModelTrainer {
  private final Consumer<TrainingEvent> listener;
  private final Cancellation cancellation;
  private final TrainingObserver observer;
  private final int observeEvery;
  private final AutoencoderModel initialWeights;

  /**
   * @param listener receives a {@link TrainingEvent.BatchEnd} per step and an {@link
   *     TrainingEvent.EpochEnd} per epoch, on the training thread
   * @param cancellation checked before every step
   */
  public ModelTrainer(Consumer<TrainingEvent> listener, Cancellation cancellation) {
    this(listener, cancellation, (model, at) -> {}, 0, null);
  }

  private ModelTrainer(
      Consumer<TrainingEvent> listener,
      Cancellation cancellation,
      TrainingObserver observer,
      int observeEvery,
      AutoencoderModel initialWeights) {
    this.listener = listener;
    this.cancellation = cancellation;
    this.observer = observer;
    this.observeEvery = observeEvery;
    this.initialWeights = initialWeights;
  }

  /**
   * This trainer with an observer that sees the model before the first step, after every epoch and,
   * if {@code everySteps > 0}, after every {@code everySteps}-th step.
   */
  public ModelTrainer observing(TrainingObserver observer, int everySteps) {
    if (everySteps < 0) {
      throw new IllegalArgumentException("observation interval must be 0 or more: " + everySteps);
    }
    return new ModelTrainer(
        listener, cancellation, Objects.requireNonNull(observer), everySteps, initialWeights);
  }

  /**
   * This trainer starting from a copy of {@code trained}'s weights instead of random ones (e.g. a
   * KL-only run that starts from a trained VAE, so the class watches a structured space collapse
   * onto the prior). The optimizer starts fresh; {@code trained} is only read, and must have the
   * architecture the run trains.
   */
  public ModelTrainer startingFrom(AutoencoderModel trained) {
    return new ModelTrainer(
        listener, cancellation, observer, observeEvery, Objects.requireNonNull(trained));
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
    checkData(data, spec);
    EngineSetup.engine().setRandomSeed((int) options.seed());
    double beta = spec.kind() == ModelKind.VAE ? options.beta() : 0;
    ModelMetadata metadata =
        new ModelMetadata(
            spec,
            data.classNames(),
            dataset,
            beta,
            options.reconstructionWeight(),
            null,
            options.noise(),
            options.sparsity());
    AutoencoderModel model = AutoencoderModel.create(metadata);
    ElboLoss loss = new ElboLoss(beta, options.reconstructionWeight(), options.sparsity());
    Optimizer adam = InPlaceAdam.withLearningRate(options.learningRate());
    DefaultTrainingConfig config =
        new DefaultTrainingConfig(loss).optDevices(new Device[] {Device.cpu()}).optOptimizer(adam);
    try (Trainer trainer = model.djlModel().newTrainer(config)) {
      trainer.initialize(new Shape(options.batchSize(), spec.pixels()));
      if (initialWeights != null) {
        copyWeights(initialWeights, model);
      }
      EpochMeans epochs = new EpochMeans(listener);
      new BatchLoop<StepLosses>(
              batch ->
                  step(
                      trainer, adam, model, loss, batch.getData().head(), batch.getLabels().head()),
              List.of(
                  cancellation,
                  DivergenceCheck.forElbo(spec.pixels()),
                  epochs,
                  new Observation(observer, observeEvery, model)))
          .run(
              trainer.getManager(),
              new ImageBatches(data, options.batchSize(), options.seed(), options.noise()),
              options.epochs());
      StepLosses last = epochs.epochs().get(epochs.epochs().size() - 1).mean();
      model.setMetadata(
          metadata.withTraining(
              new ModelMetadata.TrainingSummary(
                  data.count(),
                  options.epochs(),
                  options.batchSize(),
                  options.learningRate(),
                  options.seed(),
                  last.reconstruction(),
                  last.kl(),
                  last.total(),
                  Instant.now().toString())));
      return new Result(model, new TrainingReport(spec, options, data.count(), epochs.epochs()));
    } catch (TrainingStoppedException | RuntimeException | Error e) {
      model.close();
      throw e;
    }
  }

  private static void copyWeights(AutoencoderModel from, AutoencoderModel to) {
    if (!from.metadata().spec().equals(to.metadata().spec())) {
      throw new IllegalArgumentException(
          "the model to start from has another architecture ("
              + describe(from.metadata().spec())
              + ") than this run ("
              + describe(to.metadata().spec())
              + ")");
    }
    var source = from.block().getParameters();
    var target = to.block().getParameters();
    for (int i = 0; i < target.size(); i++) {
      target.get(i).getValue().getArray().set(source.get(i).getValue().getArray().toFloatArray());
    }
  }

  private static String describe(ModelSpec s) {
    StringBuilder b = new StringBuilder(s.kind().name()).append(' ').append(s.pixels());
    s.hidden().forEach(h -> b.append('-').append(h));
    return b.append('-').append(s.latentDim()).toString();
  }

  /** Refuses data a model of {@code spec} cannot train on, before any work starts. */
  static void checkData(ImageSet data, ModelSpec spec) {
    if (data.rows() != spec.rows() || data.cols() != spec.cols()) {
      throw new IllegalArgumentException(
          data.name()
              + " has "
              + data.rows()
              + "x"
              + data.cols()
              + " images but the model expects "
              + spec.rows()
              + "x"
              + spec.cols());
    }
    if (data.count() == 0) {
      throw new IllegalArgumentException(data.name() + " has no images");
    }
  }

  /**
   * One optimizer step on {@code input} scored against {@code target} (the same images, but for a
   * DAE, whose input is their corrupted copies); returns the batch's mean losses.
   */
  private static StepLosses step(
      Trainer trainer,
      Optimizer adam,
      AutoencoderModel model,
      ElboLoss loss,
      NDArray input,
      NDArray target) {
    NDArray objective;
    ElboLoss.Terms terms;
    try (GradientCollector collector = trainer.newGradientCollector()) {
      NDList predictions = trainer.forward(new NDList(input));
      terms = loss.terms(target, predictions);
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
    return new StepLosses(rec, kl, objective.getFloat());
  }

  /**
   * A trained model and how training went.
   *
   * @param model the trained model; the caller owns it and must close it
   * @param report per-epoch losses and timings
   */
  public record Result(AutoencoderModel model, TrainingReport report) {}
}
