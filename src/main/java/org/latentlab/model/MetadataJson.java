package org.latentlab.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.latent.kinds.Sparsity;

/**
 * Reads and writes an autoencoder's or VAE's {@code latentlab.json} ({@link ModelJson} has the
 * parts every kind of model shares).
 */
final class MetadataJson {
  private MetadataJson() {}

  /** The file's fields, in the order they are written. */
  record Root(
      String format,
      int formatVersion,
      String kind,
      int imageRows,
      int imageCols,
      List<Integer> hidden,
      int latentDim,
      long parameterCount,
      String dataset,
      List<String> classNames,
      double beta,
      double reconstructionWeight,
      @JsonInclude(JsonInclude.Include.NON_NULL) String noise,
      @JsonInclude(JsonInclude.Include.NON_NULL) String sparsity,
      @JsonInclude(JsonInclude.Include.NON_NULL) Training training,
      @JsonInclude(JsonInclude.Include.NON_NULL) ModelJson.Parameters parameters) {}

  /** The "training" object. */
  record Training(
      int trainImages,
      int epochs,
      int batchSize,
      double learningRate,
      long seed,
      String createdAt,
      FinalLosses finalLosses) {}

  /** The "training.finalLosses" object. */
  record FinalLosses(double reconstruction, double kl, double total) {}

  /** The metadata text, with the parameters file it belongs to (null: none, as in old files). */
  static String write(ModelMetadata m, ModelJson.Parameters parameters) {
    ModelSpec s = m.spec();
    ModelMetadata.TrainingSummary t = m.training();
    Training training =
        t == null
            ? null
            : new Training(
                t.trainImages(),
                t.epochs(),
                t.batchSize(),
                t.learningRate(),
                t.seed(),
                t.createdAt(),
                new FinalLosses(t.reconstruction(), t.kl(), t.total()));
    return ModelJson.write(
        new Root(
            ModelJson.FORMAT,
            ModelJson.FORMAT_VERSION,
            s.kind().id(),
            s.rows(),
            s.cols(),
            s.hidden(),
            s.latentDim(),
            s.parameterCount(),
            m.dataset(),
            m.classNames(),
            m.beta(),
            m.reconstructionWeight(),
            m.noise() == null ? null : m.noise().spec(),
            m.sparsity() == null ? null : m.sparsity().spec(),
            training,
            parameters));
  }

  static ModelMetadata read(String text, String file) throws ModelFormatException {
    ModelJson.Fields f = ModelJson.read(text, file);
    if (ModelJson.CLASSIFIER.equals(f.text("kind"))) {
      throw new ModelFormatException(file + ": this folder holds a classifier, not an autoencoder");
    }
    ModelSpec spec;
    try {
      spec =
          new ModelSpec(
              ModelKind.parse(f.text("kind")),
              f.integer("imageRows"),
              f.integer("imageCols"),
              f.integers("hidden"),
              f.integer("latentDim"));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(file + ": " + e.getMessage());
    }
    List<String> classNames = f.texts("classNames");
    if (classNames.isEmpty()) {
      throw new ModelFormatException(file + ": 'classNames' is empty");
    }
    ModelMetadata.TrainingSummary training = null;
    JsonNode tr = f.optional("training");
    if (tr != null) {
      ModelJson.Fields t = new ModelJson.Fields(tr, file + " training");
      ModelJson.Fields fl =
          new ModelJson.Fields(t.object("finalLosses"), file + " training.finalLosses");
      training =
          new ModelMetadata.TrainingSummary(
              t.integer("trainImages"),
              t.integer("epochs"),
              t.integer("batchSize"),
              t.number("learningRate"),
              t.integer("seed"),
              fl.number("reconstruction"),
              fl.number("kl"),
              fl.number("total"),
              t.text("createdAt"));
    }
    Corruption noise;
    Sparsity sparsity;
    try {
      noise = f.optional("noise") == null ? null : Corruption.parse(f.text("noise"));
      sparsity = f.optional("sparsity") == null ? null : Sparsity.parse(f.text("sparsity"));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(file + ": " + e.getMessage() + " (the file is damaged)");
    }
    ModelMetadata m =
        new ModelMetadata(
            spec,
            classNames,
            f.text("dataset"),
            f.number("beta"),
            f.number("reconstructionWeight"),
            training,
            noise,
            sparsity);
    try {
      checkRanges(m);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(file + ": " + e.getMessage() + " (the file is damaged)");
    }
    return m;
  }

  /** The rules a training run is held to, so that metadata no run could write is refused. */
  private static void checkRanges(ModelMetadata m) {
    TrainingRules.checkLossWeights(m.spec().kind(), m.beta(), m.reconstructionWeight());
    TrainingRules.checkKindSettings(m.spec().kind(), m.noise(), m.sparsity());
    ModelMetadata.TrainingSummary t = m.training();
    if (t == null) {
      return;
    }
    TrainingRules.checkOptimizer(t.epochs(), t.batchSize(), t.learningRate());
    if (t.trainImages() <= 0) {
      throw new IllegalArgumentException("trainImages must be at least 1, got " + t.trainImages());
    }
    if (t.reconstruction() < 0 || t.kl() < 0) {
      throw new IllegalArgumentException("the final losses cannot be negative");
    }
  }
}
