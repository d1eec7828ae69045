package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.List;

/** What a training run reports, in plain Java. Losses are nats per image. */
public sealed interface TrainingUpdate {

  /**
   * The data is loaded and training begins.
   *
   * @param dataName the data set's name
   * @param images training images per epoch
   * @param epochs epochs in the run
   * @param batchesPerEpoch steps per epoch
   * @param labels the class of each watched image (the images {@link Codes} encodes)
   * @param classNames the class names
   */
  record Started(
      String dataName,
      int images,
      int epochs,
      int batchesPerEpoch,
      int[] labels,
      List<String> classNames)
      implements TrainingUpdate {}

  /**
   * An optimizer step finished.
   *
   * @param epoch 1-based epoch
   * @param batch 1-based batch within the epoch
   * @param step 1-based step over the run
   * @param reconstruction batch mean reconstruction loss
   * @param kl batch mean KL (0 for an AE)
   * @param total batch mean weighted objective
   */
  record Step(int epoch, int batch, long step, double reconstruction, double kl, double total)
      implements TrainingUpdate {}

  /**
   * An epoch finished.
   *
   * @param epoch 1-based epoch
   * @param reconstruction epoch mean reconstruction loss
   * @param kl epoch mean KL
   * @param total epoch mean objective
   * @param seconds wall time of the epoch
   */
  record Epoch(int epoch, double reconstruction, double kl, double total, double seconds)
      implements TrainingUpdate {}

  /**
   * The watched images re-encoded by the model as it is now.
   *
   * @param epoch the epoch (0 before the first step)
   * @param step steps taken
   * @param epochEnd whether an epoch just ended
   * @param codes one code per watched image (the AE's z, the VAE's μ)
   */
  record Codes(int epoch, long step, boolean epochEnd, float[][] codes) implements TrainingUpdate {}

  /**
   * Training finished and the model was saved.
   *
   * @param folder the model folder written (atomically)
   * @param reconstruction last epoch's mean reconstruction loss
   * @param kl last epoch's mean KL
   * @param secondsPerEpoch mean wall time per epoch
   */
  record Finished(Path folder, double reconstruction, double kl, double secondsPerEpoch)
      implements TrainingUpdate {}

  /**
   * The run stopped early and nothing was saved.
   *
   * @param cancelled true when the user cancelled; false when the loss diverged
   * @param message one line saying what happened
   */
  record Stopped(boolean cancelled, String message) implements TrainingUpdate {}

  /**
   * The run could not start or its model could not be saved.
   *
   * @param message one line saying what is wrong
   */
  record Failed(String message) implements TrainingUpdate {}

  /**
   * The run did not start: the folder already holds a model, and the request did not allow
   * replacing it (the window asks the user, then starts again if told to).
   *
   * @param folder the folder
   * @param description what it holds ("VAE 784-512-256-2 trained on mnist")
   */
  record ModelExists(Path folder, String description) implements TrainingUpdate {}
}
