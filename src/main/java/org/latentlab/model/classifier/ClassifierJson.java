package org.latentlab.model.classifier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.latentlab.model.ModelFormatException;
import org.latentlab.model.ModelJson;
import org.latentlab.model.TrainingRules;

/**
 * Reads and writes a classifier's {@code latentlab.json}: the same format and version as the
 * autoencoders' metadata ({@link ModelJson}), with {@code "kind": "classifier"}.
 */
final class ClassifierJson {
  private ClassifierJson() {}

  /** The file's fields, in the order they are written. */
  record Root(
      String format,
      int formatVersion,
      String kind,
      String architecture,
      int imageRows,
      int imageCols,
      int kernel,
      List<Integer> filters,
      List<Integer> hidden,
      int classes,
      long parameterCount,
      String dataset,
      List<String> classNames,
      @JsonInclude(JsonInclude.Include.NON_NULL) Training training,
      @JsonInclude(JsonInclude.Include.NON_NULL) ModelJson.Parameters parameters) {}

  /** The "training" object; {@code validationAccuracy} is left out when nothing was held out. */
  record Training(
      int trainImages,
      int epochs,
      int batchSize,
      double learningRate,
      long seed,
      int shift,
      double loss,
      double trainAccuracy,
      int validationImages,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double validationAccuracy,
      String createdAt) {}

  /** The metadata text, with the parameters file it belongs to (null: none, as in old files). */
  static String write(ClassifierMetadata m, ModelJson.Parameters parameters) {
    ClassifierSpec s = m.spec();
    ClassifierMetadata.Training t = m.training();
    Training training =
        t == null
            ? null
            : new Training(
                t.trainImages(),
                t.epochs(),
                t.batchSize(),
                t.learningRate(),
                t.seed(),
                t.shift(),
                t.loss(),
                t.trainAccuracy(),
                t.validationImages(),
                Double.isFinite(t.validationAccuracy()) ? t.validationAccuracy() : null,
                t.createdAt());
    return ModelJson.write(
        new Root(
            ModelJson.FORMAT,
            ModelJson.FORMAT_VERSION,
            ModelJson.CLASSIFIER,
            s.describe(),
            s.rows(),
            s.cols(),
            ClassifierSpec.KERNEL,
            s.filters(),
            s.hidden(),
            s.classes(),
            s.parameterCount(),
            m.dataset(),
            m.classNames(),
            training,
            parameters));
  }

  static ClassifierMetadata read(String text, String file) throws ModelFormatException {
    ModelJson.Fields f = ModelJson.read(text, file);
    String kind = f.text("kind");
    if (!ModelJson.CLASSIFIER.equals(kind)) {
      throw new ModelFormatException(
          file + ": this folder holds a model of kind '" + kind + "', not a classifier");
    }
    if (f.integer("kernel") != ClassifierSpec.KERNEL) {
      throw new ModelFormatException(
          file
              + ": kernel size "
              + f.integer("kernel")
              + " (this LatentLab builds "
              + ClassifierSpec.KERNEL
              + "x"
              + ClassifierSpec.KERNEL
              + ")");
    }
    try {
      ClassifierSpec spec =
          new ClassifierSpec(
              f.integer("imageRows"),
              f.integer("imageCols"),
              f.integer("classes"),
              f.integers("filters"),
              f.integers("hidden"));
      ClassifierMetadata.Training training = null;
      JsonNode tr = f.optional("training");
      if (tr != null) {
        ModelJson.Fields t = new ModelJson.Fields(tr, file + " training");
        JsonNode va = tr.get("validationAccuracy");
        training =
            new ClassifierMetadata.Training(
                t.integer("trainImages"),
                t.integer("epochs"),
                t.integer("batchSize"),
                t.number("learningRate"),
                t.integer("seed"),
                t.integer("shift"),
                t.number("loss"),
                t.number("trainAccuracy"),
                t.integer("validationImages"),
                va == null || !va.isNumber() ? Double.NaN : va.asDouble(),
                t.text("createdAt"));
      }
      if (training != null) {
        TrainingRules.checkOptimizer(
            training.epochs(), training.batchSize(), training.learningRate());
        checkFraction("trainAccuracy", training.trainAccuracy());
        if (!Double.isNaN(training.validationAccuracy())) {
          checkFraction("validationAccuracy", training.validationAccuracy());
        }
        if (training.loss() < 0 || training.trainImages() <= 0 || training.validationImages() < 0) {
          throw new IllegalArgumentException("impossible training numbers (negative)");
        }
      }
      return new ClassifierMetadata(spec, f.texts("classNames"), f.text("dataset"), training);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(file + ": " + e.getMessage());
    }
  }

  private static void checkFraction(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
    }
  }
}
