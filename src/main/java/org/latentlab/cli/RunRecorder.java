package org.latentlab.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.latent.record.RecordedRun;
import org.latentlab.latent.record.RunSettings;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;
import org.latentlab.train.Cancellation;
import org.latentlab.train.ModelTrainer;
import org.latentlab.train.TrainingEvent;
import org.latentlab.train.TrainingOptions;
import org.latentlab.train.TrainingStoppedException;

/**
 * Trains one run as the Train tab does and records what the tab shows: every step's and epoch's
 * losses and, before the first step, every {@code snapshotEvery} steps and at every epoch's end,
 * the codes of the first {@code points} training images. The trained model itself is dropped: the
 * recording is the product.
 */
final class RunRecorder {
  private static final int ENCODE_BATCH = 1000;

  private RunRecorder() {}

  /**
   * Records a run.
   *
   * @param settings what to train; with {@code from}, its architecture must be {@code from}'s
   * @param points how many training images to watch
   * @param from the trained model whose weights the run starts from, or null for random weights
   * @param progress hears every training event
   * @throws IllegalArgumentException naming a setting that cannot train
   */
  static RecordedRun record(
      DataSources data,
      RunSettings settings,
      int points,
      AutoencoderModel from,
      Consumer<TrainingEvent> progress,
      Cancellation cancellation)
      throws IOException, TrainingStoppedException {
    ImageSet images = data.training(settings.data());
    if (settings.imageLimit() > 0) {
      images = images.head(settings.imageLimit());
    }
    ModelSpec spec =
        new ModelSpec(
            settings.variational() ? ModelKind.VAE : ModelKind.AE,
            images.rows(),
            images.cols(),
            settings.hidden(),
            settings.latentDim());
    TrainingOptions options =
        new TrainingOptions(
            spec,
            settings.beta(),
            settings.klOnly() ? 0 : 1,
            settings.epochs(),
            settings.batchSize(),
            settings.learningRate(),
            settings.seed());
    ImageSet watched = images.head(Math.min(points, images.count()));
    float[][] watchedImages = watched.imageRows(0, watched.count());
    int batches = (images.count() + options.batchSize() - 1) / options.batchSize();
    List<RecordedRun.Loss> steps = new ArrayList<>();
    List<RecordedRun.Loss> epochs = new ArrayList<>();
    List<RecordedRun.Snapshot> snapshots = new ArrayList<>();
    Consumer<TrainingEvent> recording =
        event -> {
          if (event instanceof TrainingEvent.BatchEnd b) {
            steps.add(
                new RecordedRun.Loss(
                    b.epoch() - 1 + (double) b.batch() / b.batches(),
                    b.losses().reconstruction(),
                    b.losses().kl(),
                    b.losses().total()));
          } else if (event instanceof TrainingEvent.EpochEnd e) {
            epochs.add(
                new RecordedRun.Loss(
                    e.epoch(), e.mean().reconstruction(), e.mean().kl(), e.mean().total()));
          }
          progress.accept(event);
        };
    ModelTrainer trainer =
        new ModelTrainer(recording, cancellation)
            .observing(
                (model, at) ->
                    snapshots.add(
                        new RecordedRun.Snapshot(
                            at.epoch(), at.step(), at.epochEnd(), encode(model, watchedImages))),
                settings.snapshotEvery());
    if (from != null) {
      trainer = trainer.startingFrom(from);
    }
    ModelTrainer.Result result = trainer.train(images, settings.data(), options);
    result.model().close();
    return new RecordedRun(
        settings, images.classNames(), watched.labels().clone(), batches, steps, epochs, snapshots);
  }

  /** The watched images' codes under the model as it is now (training thread, no gradients). */
  private static float[][] encode(AutoencoderModel model, float[][] images) {
    float[][] codes = new float[images.length][];
    try (LatentModel view = LatentModels.borrow(model, "recording")) {
      for (int from = 0; from < images.length; from += ENCODE_BATCH) {
        int to = Math.min(images.length, from + ENCODE_BATCH);
        float[][] batch = view.encode(Arrays.copyOfRange(images, from, to));
        System.arraycopy(batch, 0, codes, from, to - from);
      }
    }
    return codes;
  }
}
