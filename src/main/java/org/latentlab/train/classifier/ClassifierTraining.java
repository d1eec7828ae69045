package org.latentlab.train.classifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.model.ModelStore;
import org.latentlab.model.classifier.ClassifierModel;
import org.latentlab.model.classifier.ClassifierSpec;
import org.latentlab.model.classifier.ClassifierStore;
import org.latentlab.train.ModelTraining;
import org.latentlab.train.TrainingStoppedException;

/**
 * Trains a classifier and saves it, as {@link ModelTraining} does for autoencoders: {@link
 * #prepare} checks the plan and the save target and loads the data; {@link #run} trains, saves the
 * classifier atomically and returns its epochs. A run that stops early saves nothing.
 */
public final class ClassifierTraining {
  private final ImageSet images;
  private final String dataset;
  private final ClassifierOptions options;
  private final Path folder;

  private ClassifierTraining(
      ImageSet images, String dataset, ClassifierOptions options, Path folder) {
    this.images = images;
    this.dataset = dataset;
    this.options = options;
    this.folder = folder;
  }

  /**
   * Checks {@code plan} and loads its images.
   *
   * @throws org.latentlab.model.ModelExistsException if the output folder holds a model and the
   *     plan does not allow replacing it
   * @throws IOException if the classifier could not be saved where asked, or the data cannot be
   *     read
   * @throws IllegalArgumentException naming an option that cannot train
   */
  public static ClassifierTraining prepare(DataSources data, ClassifierPlan plan)
      throws IOException {
    Path folder = ModelStore.checkSaveTarget(plan.output(), plan.overwrite());
    ImageSet images = data.training(plan.data());
    if (plan.imageLimit() > 0) {
      images = images.head(plan.imageLimit());
    }
    ClassifierSpec spec =
        new ClassifierSpec(
            images.rows(),
            images.cols(),
            images.classNames().size(),
            plan.filters(),
            plan.hidden());
    ClassifierOptions options =
        new ClassifierOptions(
            spec,
            plan.epochs(),
            plan.batchSize(),
            plan.learningRate(),
            plan.shift(),
            plan.validation(),
            plan.seed());
    ClassifierTrainer.checkData(images, options);
    return new ClassifierTraining(images, plan.data(), options, folder);
  }

  /** The images, the held-out tail included. */
  public ImageSet images() {
    return images;
  }

  /** The checked options, with the architecture sized to the images. */
  public ClassifierOptions options() {
    return options;
  }

  /** The images trained on (all but the held-out tail). */
  public int trainImages() {
    return images.count() - options.validation();
  }

  /**
   * Trains with {@code trainer} (which carries the progress listener and the cancellation) and
   * saves the classifier.
   *
   * @return where the classifier was saved, and its epochs
   * @throws TrainingStoppedException if cancelled or if the loss diverged; nothing is saved
   * @throws IOException if the trained classifier could not be saved
   */
  public Saved run(ClassifierTrainer trainer) throws TrainingStoppedException, IOException {
    ClassifierTrainer.Result result = trainer.train(images, dataset, options);
    try (ClassifierModel model = result.model()) {
      ClassifierStore.save(model, folder);
    }
    return new Saved(folder, result.epochs());
  }

  /**
   * A finished run.
   *
   * @param folder the model folder written (absolute)
   * @param epochs one summary per epoch, in order
   */
  public record Saved(Path folder, List<ClassifierEpoch> epochs) {
    /** Defensive copy. */
    public Saved {
      epochs = List.copyOf(epochs);
    }

    /** The last epoch. */
    public ClassifierEpoch last() {
      return epochs.get(epochs.size() - 1);
    }
  }
}
