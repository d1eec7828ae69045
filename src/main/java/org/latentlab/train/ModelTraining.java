package org.latentlab.train;

import java.io.IOException;
import java.nio.file.Path;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.ModelSpec;
import org.latentlab.model.ModelStore;

/**
 * The one way to train an autoencoder or a VAE and save it, used by the CLI's {@code train} and by
 * the window's Train tab. {@link #prepare} checks the plan and the save target (writable, and no
 * model there unless the plan allows replacing it) and loads the data, so a bad option fails before
 * any work; {@link #run} trains, saves the model atomically with {@link ModelStore} and returns the
 * report. A run that stops early saves nothing.
 */
public final class ModelTraining {
  private final ImageSet images;
  private final String dataset;
  private final TrainingOptions options;
  private final Path folder;

  private ModelTraining(ImageSet images, String dataset, TrainingOptions options, Path folder) {
    this.images = images;
    this.dataset = dataset;
    this.options = options;
    this.folder = folder;
  }

  /**
   * Checks {@code plan} and loads its training images.
   *
   * @throws org.latentlab.model.ModelExistsException if the output folder holds a model and the
   *     plan does not allow replacing it
   * @throws IOException if the model could not be saved where asked, or the data cannot be read
   * @throws IllegalArgumentException naming an option that cannot train
   */
  public static ModelTraining prepare(DataSources data, TrainingPlan plan) throws IOException {
    Path folder = ModelStore.checkSaveTarget(plan.output(), plan.overwrite());
    ImageSet images = data.training(plan.data());
    if (plan.imageLimit() > 0) {
      images = images.head(plan.imageLimit());
    }
    ModelSpec spec =
        new ModelSpec(plan.kind(), images.rows(), images.cols(), plan.hidden(), plan.latentDim());
    TrainingOptions options =
        new TrainingOptions(
            spec,
            plan.beta(),
            plan.klOnly() ? 0 : 1,
            plan.epochs(),
            plan.batchSize(),
            plan.learningRate(),
            plan.seed(),
            plan.noise(),
            plan.sparsity());
    ModelTrainer.checkData(images, spec);
    MemoryEstimate.check(spec, plan.batchSize());
    return new ModelTraining(images, plan.data(), options, folder);
  }

  /** The images the run trains on. */
  public ImageSet images() {
    return images;
  }

  /** The checked options, with the architecture sized to the images. */
  public TrainingOptions options() {
    return options;
  }

  /** Optimizer steps per epoch. */
  public int batchesPerEpoch() {
    return (images.count() + options.batchSize() - 1) / options.batchSize();
  }

  /**
   * Trains with {@code trainer} (which carries the progress listener, the cancellation and any
   * observer) and saves the model.
   *
   * @return where the model was saved, and how training went
   * @throws TrainingStoppedException if cancelled or if the loss diverged; nothing is saved
   * @throws IOException if the trained model could not be saved
   */
  public Saved run(ModelTrainer trainer) throws TrainingStoppedException, IOException {
    ModelTrainer.Result result = trainer.train(images, dataset, options);
    try (AutoencoderModel model = result.model()) {
      ModelStore.save(model, folder);
    }
    return new Saved(folder, result.report());
  }

  /**
   * A finished run.
   *
   * @param folder the model folder written (absolute)
   * @param report per-epoch losses and timings
   */
  public record Saved(Path folder, TrainingReport report) {}
}
