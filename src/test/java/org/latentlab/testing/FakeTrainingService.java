package org.latentlab.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.latentlab.ui.training.TrainingRequest;
import org.latentlab.ui.training.TrainingService;
import org.latentlab.ui.training.TrainingUpdate;

/** A training service the test drives by hand: it records requests and emits what it is told. */
public final class FakeTrainingService implements TrainingService {
  public final List<TrainingRequest> requests = new ArrayList<>();
  public int cancels;
  private Consumer<TrainingUpdate> updates;
  private boolean running;

  @Override
  public TrainingRun start(TrainingRequest request, Consumer<TrainingUpdate> updates) {
    if (running) {
      throw new IllegalStateException("a training run is already going");
    }
    running = true;
    requests.add(request);
    this.updates = updates;
    return () -> cancels++;
  }

  /** Sends an update as the training thread would. */
  public void emit(TrainingUpdate u) {
    if (u instanceof TrainingUpdate.Finished
        || u instanceof TrainingUpdate.Stopped
        || u instanceof TrainingUpdate.Failed
        || u instanceof TrainingUpdate.ModelExists) {
      running = false;
    }
    updates.accept(u);
  }

  /** Codes for {@code n} watched images, spread by {@code scale}. */
  public static float[][] codes(int n, double scale) {
    java.util.Random r = new java.util.Random(n);
    float[][] c = new float[n][];
    for (int i = 0; i < n; i++) {
      c[i] = new float[] {(float) (scale * r.nextGaussian()), (float) (scale * r.nextGaussian())};
    }
    return c;
  }
}
