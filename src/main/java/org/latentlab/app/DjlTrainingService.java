package org.latentlab.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.error.ErrorMessages;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.ModelExistsException;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelStore;
import org.latentlab.train.Cancellation;
import org.latentlab.train.ModelTrainer;
import org.latentlab.train.ModelTraining;
import org.latentlab.train.StepLosses;
import org.latentlab.train.TrainingEvent;
import org.latentlab.train.TrainingObserver;
import org.latentlab.train.TrainingPlan;
import org.latentlab.train.TrainingStoppedException;
import org.latentlab.ui.training.TrainingRequest;
import org.latentlab.ui.training.TrainingService;
import org.latentlab.ui.training.TrainingUpdate;

/**
 * The training panel's service over the real trainer: the CLI's train-and-save path ({@link
 * ModelTraining}) run on its own thread, one run at a time (a JVM may have only one
 * GradientCollector open). It maps {@link TrainingEvent}s to plain updates and re-encodes the
 * watched images with the model being trained through a {@link TrainingObserver}. A run may start
 * from a trained model's weights (a recorded run's "Train it live"). A cancelled or failed run
 * saves nothing; a run into a folder that already holds a model, not allowed to replace it, ends
 * before training with {@link #modelExists}.
 */
final class DjlTrainingService implements TrainingService, AutoCloseable {
  private static final int ENCODE_BATCH = 1000;
  private final DataSources data;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
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
      thread.execute(
          () -> {
            TrainingUpdate end;
            try {
              end = run(request, updates, cancellation);
            } catch (RuntimeException | Error e) {
              end = new TrainingUpdate.Failed(ErrorMessages.oneLine(e));
            }
            try {
              giveBackMemory();
              updates.accept(end);
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

  /**
   * Returns what the finished run held to the system, before its end is announced: the run's Java
   * objects (its data, the watched images and their copies) by a collection that also shrinks the
   * heap, and the native memory libtorch freed by trimming the C heap (README, Benchmarks: figures
   * before and after). A run is seconds to minutes long, so one collection at its end costs nothing
   * a user sees; it runs on the training thread.
   */
  private static void giveBackMemory() {
    // This one collection may shrink the heap down to 30% free space (G1 keeps up to 70% free by
    // default, so a heap grown by a run would stay grown); later collections use the defaults.
    var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    try {
      String min = vm.getVMOption("MinHeapFreeRatio").getValue();
      String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
      vm.setVMOption("MinHeapFreeRatio", "10");
      vm.setVMOption("MaxHeapFreeRatio", "30");
      System.gc();
      vm.setVMOption("MaxHeapFreeRatio", max);
      vm.setVMOption("MinHeapFreeRatio", min);
    } catch (IllegalArgumentException e) {
      System.gc(); // a JVM without these options: its own sizing
    }
    CLibrary.trimHeap();
  }

  /** One run, start to end; returns the final update (the others go to {@code updates}). */
  private TrainingUpdate run(
      TrainingRequest r, Consumer<TrainingUpdate> updates, Cancellation cancellation) {
    ModelTraining training;
    try {
      training = ModelTraining.prepare(data, plan(r));
    } catch (ModelExistsException e) {
      return modelExists(e);
    } catch (IOException | IllegalArgumentException e) {
      return new TrainingUpdate.Failed(ErrorMessages.oneLine(e));
    }
    if (cancellation.isCancelled()) {
      return new TrainingUpdate.Stopped(
          true, "training cancelled before it began; nothing was saved");
    }
    ImageSet images = training.images();
    ImageSet watched = images.head(r.snapshotPoints());
    float[][] watchedImages = watched.imageRows(0, watched.count());
    updates.accept(
        new TrainingUpdate.Started(
            images.name(),
            images.count(),
            r.epochs(),
            training.batchesPerEpoch(),
            watched.labels().clone(),
            images.classNames()));
    SnapshotBudget budget = new SnapshotBudget(System::nanoTime);
    TrainingObserver observer =
        (model, at) -> {
          if (budget.affords(at)) {
            long t0 = System.nanoTime();
            float[][] codes = encode(model, watchedImages);
            budget.spent(System.nanoTime() - t0);
            updates.accept(new TrainingUpdate.Codes(at.epoch(), at.step(), at.epochEnd(), codes));
          }
        };
    ModelTrainer trainer =
        new ModelTrainer(event -> updates.accept(map(event)), cancellation)
            .observing(observer, r.snapshotEvery());
    ModelTraining.Saved saved;
    try (AutoencoderModel start = startFrom(r.startFrom())) {
      saved = training.run(start == null ? trainer : trainer.startingFrom(start));
    } catch (TrainingStoppedException e) {
      return new TrainingUpdate.Stopped(e.cancelled(), e.getMessage());
    } catch (StartModelException e) {
      return new TrainingUpdate.Failed(e.getMessage());
    } catch (IOException e) {
      return new TrainingUpdate.Failed(ErrorMessages.oneLine(e)); // "cannot save the model to …"
    }
    StepLosses last = saved.report().last().mean();
    return new TrainingUpdate.Finished(
        saved.folder(), last.reconstruction(), last.kl(), saved.report().secondsPerEpoch());
  }

  /** The model a run starts from (a folder, or else a bundled name), or null for random weights. */
  private static AutoencoderModel startFrom(String model) throws StartModelException {
    if (model.isEmpty()) {
      return null;
    }
    try {
      Path folder = Path.of(model);
      return Files.isDirectory(folder) ? ModelStore.load(folder) : ModelStore.loadBundled(model);
    } catch (IOException e) {
      throw new StartModelException(
          "could not load the model to start from: " + ErrorMessages.oneLine(e));
    }
  }

  /** The model to start from could not be loaded: the run fails before training. */
  private static final class StartModelException extends IOException {
    StartModelException(String message) {
      super(message);
    }
  }

  /**
   * The run's answer when its folder already holds a model and the request did not allow replacing
   * it: nothing was trained or written. The window asks whether to replace {@code e.folder()} (what
   * it holds: {@code e.description()}) and, if so, sends the request again with {@code overwrite}.
   */
  static TrainingUpdate modelExists(ModelExistsException e) {
    return new TrainingUpdate.ModelExists(e.folder(), e.description());
  }

  private static TrainingPlan plan(TrainingRequest r) {
    ModelKind kind = r.variational() ? ModelKind.VAE : ModelKind.AE;
    return new TrainingPlan(
        r.data(),
        r.imageLimit(),
        kind,
        r.hidden(),
        r.latentDim(),
        r.beta(),
        r.klOnly(),
        r.epochs(),
        r.batchSize(),
        r.learningRate(),
        r.seed(),
        r.output(),
        r.overwrite());
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
      StepLosses l = b.losses();
      return new TrainingUpdate.Step(
          b.epoch(), b.batch(), b.step(), l.reconstruction(), l.kl(), l.total());
    }
    TrainingEvent.EpochEnd end = (TrainingEvent.EpochEnd) e;
    StepLosses m = end.mean();
    return new TrainingUpdate.Epoch(
        end.epoch(), m.reconstruction(), m.kl(), m.total(), end.seconds());
  }

  /** Stops the training thread (a run in progress is abandoned with the JVM). */
  @Override
  public void close() {
    thread.shutdownNow();
  }
}
