package org.latentlab.model;

import java.util.List;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.latent.kinds.Sparsity;

/**
 * Everything about a saved model except its weights: the architecture, the data it was trained on,
 * the loss weights and how training went. Stored as {@code latentlab.json} beside the parameters.
 *
 * @param spec the architecture (kind, image size, hidden sizes, latent dimension)
 * @param classNames the class names of the training data (for legends)
 * @param dataset the data it was trained on ("mnist", "fashion", a folder)
 * @param beta the weight of the KL term during training (VAE; 0 for an AE)
 * @param reconstructionWeight the weight of the reconstruction term (1; 0 for "KL only")
 * @param training how it was trained, or null for an untrained model
 * @param noise how a denoising autoencoder's input was corrupted in training (DAE only, else null)
 * @param sparsity a sparse autoencoder's penalty (SAE only, else null)
 */
public record ModelMetadata(
    ModelSpec spec,
    List<String> classNames,
    String dataset,
    double beta,
    double reconstructionWeight,
    TrainingSummary training,
    Corruption noise,
    Sparsity sparsity) {

  /** Defensive copy. */
  public ModelMetadata {
    classNames = List.copyOf(classNames);
  }

  /** The metadata of an AE or a VAE (no noise, no sparsity penalty). */
  public ModelMetadata(
      ModelSpec spec,
      List<String> classNames,
      String dataset,
      double beta,
      double reconstructionWeight,
      TrainingSummary training) {
    this(spec, classNames, dataset, beta, reconstructionWeight, training, null, null);
  }

  /** This metadata with a training summary attached. */
  public ModelMetadata withTraining(TrainingSummary summary) {
    return new ModelMetadata(
        spec, classNames, dataset, beta, reconstructionWeight, summary, noise, sparsity);
  }

  /**
   * How a model was trained and where its loss ended.
   *
   * @param trainImages images in the training set
   * @param epochs epochs completed
   * @param batchSize batch size
   * @param learningRate Adam's learning rate
   * @param seed the random seed
   * @param reconstruction mean reconstruction loss of the last epoch, nats per image
   * @param kl mean KL of the last epoch, nats per image (0 for an AE)
   * @param total mean weighted loss of the last epoch
   * @param createdAt ISO-8601 instant the model was saved
   */
  public record TrainingSummary(
      int trainImages,
      int epochs,
      int batchSize,
      double learningRate,
      long seed,
      double reconstruction,
      double kl,
      double total,
      String createdAt) {}
}
