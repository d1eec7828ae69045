package org.latentlab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;
import org.latentlab.model.ModelStore;
import org.latentlab.train.Cancellation;
import org.latentlab.train.ModelTrainer;
import org.latentlab.train.TrainingEvent;
import org.latentlab.train.TrainingObserver;
import org.latentlab.train.TrainingOptions;
import org.latentlab.train.TrainingStoppedException;
import org.latentlab.ui.training.TrainingRequest;
import org.latentlab.ui.training.TrainingService;
import org.latentlab.ui.training.TrainingUpdate;

/**
 * The training panel's service over the real trainer. Runs one training at a time on its own
 * thread (a JVM may have only one GradientCollector open), maps {@link TrainingEvent}s to plain
 * updates, re-encodes the watched images with the model being trained through a
 * {@link TrainingObserver}, and saves a finished model atomically with {@link ModelStore}. A
 * cancelled or failed run saves nothing.
 */
final class DjlTrainingService implements TrainingService, AutoCloseable {
  private static final int ENCODE_BATCH = 1000;
  private final DataSources data;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "latentlab-training");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean busy = new AtomicBoolean();

  DjlTrainingService(DataSources data) {
    this.data = data;
  }

  @Override
  public TrainingRun start(TrainingRequest request, Consumer<TrainingUpdate> updates) {
    if (!busy.compareAndSet(false, true)) {
      throw new IllegalStateException("a training run is already going; cancel it first");
    }
    Cancellation cancellation = new Cancellation();
    try {
      thread.execute(() -> {
        try {
          updates.accept(run(request, updates, cancellation));
        } catch (RuntimeException | Error e) {
          updates.accept(new TrainingUpdate.Failed(oneLine(e)));
        } finally {
          busy.set(false);
        }
      });
    } catch (RuntimeException e) {
      busy.set(false);
      throw new IllegalStateException("training could not start: " + e.getMessage(), e);
    }
    return cancellation::cancel;
  }

  /** One run, start to end; returns the final update (the others go to {@code updates}). */
  private TrainingUpdate run(TrainingRequest r, Consumer<TrainingUpdate> updates,
      Cancellation cancellation) {
    ImageSet images;
    TrainingOptions options;
    Path out;
    try {
      out = ModelStore.checkSaveTarget(r.output());
      images = data.training(r.data());
      if (r.imageLimit() > 0) {
        images = images.head(r.imageLimit());
      }
      ModelSpec spec = new ModelSpec(r.variational() ? ModelKind.VAE : ModelKind.AE,
          images.rows(), images.cols(), r.hidden(), r.latentDim());
      options = new TrainingOptions(spec, r.beta(), r.klOnly() ? 0 : 1, r.epochs(), r.batchSize(),
          r.learningRate(), r.seed());
    } catch (IOException | IllegalArgumentException e) {
      return new TrainingUpdate.Failed(oneLine(e));
    }
    if (cancellation.isCancelled()) {
      return new TrainingUpdate.Stopped(true, "training cancelled before it began; nothing was saved");
    }
    ImageSet watched = images.head(r.snapshotPoints());
    float[][] watchedImages = watched.imageRows(0, watched.count());
    int perEpoch = (images.count() + r.batchSize() - 1) / r.batchSize();
    updates.accept(new TrainingUpdate.Started(images.name(), images.count(), r.epochs(), perEpoch,
        watched.labels().clone(), images.classNames()));
    TrainingObserver observer = (model, at) -> updates.accept(new TrainingUpdate.Codes(
        at.epoch(), at.step(), at.epochEnd(), encode(model, watchedImages)));
    ModelTrainer trainer = new ModelTrainer(event -> updates.accept(map(event)), cancellation)
        .observing(observer, r.snapshotEvery());
    ModelTrainer.Result result;
    try {
      result = trainer.train(images, r.data(), options);
    } catch (TrainingStoppedException e) {
      return new TrainingUpdate.Stopped(e.cancelled(), e.getMessage());
    }
    try (AutoencoderModel model = result.model()) {
      ModelStore.save(model, out);
    } catch (IOException e) {
      return new TrainingUpdate.Failed("could not save the model: " + oneLine(e));
    }
    var last = result.report().last();
    return new TrainingUpdate.Finished(out, last.reconstruction(), last.kl(),
        result.report().secondsPerEpoch());
  }

  /** The watched images' codes under the model as it is now (training thread, no gradients). */
  private static float[][] encode(AutoencoderModel model, float[][] images) {
    float[][] codes = new float[images.length][];
    try (LatentModel view = LatentModels.borrow(model, "training")) {
      for (int from = 0; from < images.length; from += ENCODE_BATCH) {
        int to = Math.min(images.length, from + ENCODE_BATCH);
        float[][] batch = view.encode(java.util.Arrays.copyOfRange(images, from, to));
        System.arraycopy(batch, 0, codes, from, to - from);
      }
    }
    return codes;
  }

  private static TrainingUpdate map(TrainingEvent e) {
    if (e instanceof TrainingEvent.BatchEnd b) {
      return new TrainingUpdate.Step(b.epoch(), b.batch(), b.step(), b.reconstruction(), b.kl(),
          b.total());
    }
    TrainingEvent.EpochEnd end = (TrainingEvent.EpochEnd) e;
    return new TrainingUpdate.Epoch(end.epoch(), end.reconstruction(), end.kl(), end.total(),
        end.seconds());
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      m = "no such file or folder: " + m;
    }
    return m.replaceAll("\\s*\\R\\s*", " ");
  }

  /** Stops the training thread (a run in progress is abandoned with the JVM). */
  @Override
  public void close() {
    thread.shutdownNow();
  }
}
