package org.latentlab.model.classifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.latentlab.model.MetadataJson;
import org.latentlab.model.ModelFormatException;
import org.latentlab.model.ModelMetadata;

/**
 * Reads and writes a classifier's {@code latentlab.json}: the same format and version as the
 * autoencoders' metadata ({@link MetadataJson}), with {@code "kind": "classifier"}.
 */
public final class ClassifierJson {
  /** The value of the "kind" field. */
  public static final String KIND = "classifier";

  private ClassifierJson() {}

  static String write(ClassifierMetadata m) {
    ObjectNode root = MetadataJson.JSON.createObjectNode();
    root.put("format", MetadataJson.FORMAT);
    root.put("formatVersion", ModelMetadata.FORMAT_VERSION);
    root.put("kind", KIND);
    ClassifierSpec s = m.spec();
    root.put("architecture", s.describe());
    root.put("imageRows", s.rows());
    root.put("imageCols", s.cols());
    root.put("kernel", ClassifierSpec.KERNEL);
    ArrayNode filters = root.putArray("filters");
    s.filters().forEach(filters::add);
    ArrayNode hidden = root.putArray("hidden");
    s.hidden().forEach(hidden::add);
    root.put("classes", s.classes());
    root.put("parameterCount", s.parameterCount());
    root.put("dataset", m.dataset());
    ArrayNode names = root.putArray("classNames");
    m.classNames().forEach(names::add);
    ClassifierMetadata.Training t = m.training();
    if (t != null) {
      ObjectNode tr = root.putObject("training");
      tr.put("trainImages", t.trainImages());
      tr.put("epochs", t.epochs());
      tr.put("batchSize", t.batchSize());
      tr.put("learningRate", t.learningRate());
      tr.put("seed", t.seed());
      tr.put("shift", t.shift());
      tr.put("loss", t.loss());
      tr.put("trainAccuracy", t.trainAccuracy());
      tr.put("validationImages", t.validationImages());
      if (Double.isFinite(t.validationAccuracy())) {
        tr.put("validationAccuracy", t.validationAccuracy());
      }
      tr.put("createdAt", t.createdAt());
    }
    try {
      return MetadataJson.JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The "kind" of a model folder's metadata text ("ae", "vae", "classifier"), or null. */
  static String kind(String text) {
    try {
      JsonNode root = MetadataJson.JSON.readTree(text);
      JsonNode kind = root == null ? null : root.get("kind");
      return kind == null || !kind.isTextual() ? null : kind.asText();
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  static ClassifierMetadata read(String text, String file) throws ModelFormatException {
    JsonNode root;
    try {
      root = MetadataJson.JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ModelFormatException(file + ": not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new ModelFormatException(file + ": expected a JSON object");
    }
    MetadataJson.Fields f = new MetadataJson.Fields(root, file);
    if (!MetadataJson.FORMAT.equals(f.text("format"))) {
      throw new ModelFormatException(file + ": 'format' is not \"" + MetadataJson.FORMAT + "\"");
    }
    int version = f.integer("formatVersion");
    if (version != ModelMetadata.FORMAT_VERSION) {
      throw new ModelFormatException(file + ": format version " + version
          + " (this LatentLab reads version " + ModelMetadata.FORMAT_VERSION + ")");
    }
    String kind = f.text("kind");
    if (!KIND.equals(kind)) {
      throw new ModelFormatException(file + ": this folder holds a model of kind '" + kind
          + "', not a classifier");
    }
    if (f.integer("kernel") != ClassifierSpec.KERNEL) {
      throw new ModelFormatException(file + ": kernel size " + f.integer("kernel")
          + " (this LatentLab builds " + ClassifierSpec.KERNEL + "x" + ClassifierSpec.KERNEL + ")");
    }
    ClassifierSpec spec;
    ClassifierMetadata.Training training = null;
    try {
      spec = new ClassifierSpec(f.integer("imageRows"), f.integer("imageCols"),
          f.integer("classes"), f.integers("filters"), f.integers("hidden"));
      JsonNode tr = root.get("training");
      if (tr != null && !tr.isNull()) {
        MetadataJson.Fields t = new MetadataJson.Fields(tr, file + " training");
        JsonNode va = tr.get("validationAccuracy");
        training = new ClassifierMetadata.Training(
            t.integer("trainImages"), t.integer("epochs"), t.integer("batchSize"),
            t.number("learningRate"), t.integer("seed"), t.integer("shift"), t.number("loss"),
            t.number("trainAccuracy"), t.integer("validationImages"),
            va == null || !va.isNumber() ? Double.NaN : va.asDouble(), t.text("createdAt"));
      }
      return new ClassifierMetadata(spec, f.texts("classNames"), f.text("dataset"), training);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(file + ": " + e.getMessage());
    }
  }
}
