package org.latentlab.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.latentlab.model.classifier.ClassifierJson;

/**
 * Reads and writes {@code latentlab.json}. Reading checks every field by hand so that a wrong file
 * gets a message naming the field, not a Jackson stack trace.
 */
public final class MetadataJson {
  public static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  public static final String FORMAT = "latentlab-model";

  private MetadataJson() {}

  static String write(ModelMetadata m) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", ModelMetadata.FORMAT_VERSION);
    ModelSpec s = m.spec();
    root.put("kind", s.kind().id());
    root.put("imageRows", s.rows());
    root.put("imageCols", s.cols());
    ArrayNode hidden = root.putArray("hidden");
    s.hidden().forEach(hidden::add);
    root.put("latentDim", s.latentDim());
    root.put("parameterCount", s.parameterCount());
    root.put("dataset", m.dataset());
    ArrayNode names = root.putArray("classNames");
    m.classNames().forEach(names::add);
    root.put("beta", m.beta());
    root.put("reconstructionWeight", m.reconstructionWeight());
    ModelMetadata.TrainingSummary t = m.training();
    if (t != null) {
      ObjectNode tr = root.putObject("training");
      tr.put("trainImages", t.trainImages());
      tr.put("epochs", t.epochs());
      tr.put("batchSize", t.batchSize());
      tr.put("learningRate", t.learningRate());
      tr.put("seed", t.seed());
      tr.put("createdAt", t.createdAt());
      ObjectNode fl = tr.putObject("finalLosses");
      fl.put("reconstruction", t.reconstruction());
      fl.put("kl", t.kl());
      fl.put("total", t.total());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ModelMetadata read(String text, String file) throws ModelFormatException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ModelFormatException(
          file + ": not valid JSON (" + e.getOriginalMessage() + " at line "
              + e.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new ModelFormatException(file + ": expected a JSON object");
    }
    Fields f = new Fields(root, file);
    if (!FORMAT.equals(f.text("format"))) {
      throw new ModelFormatException(file + ": 'format' is not \"" + FORMAT + "\"");
    }
    int version = f.integer("formatVersion");
    if (version != ModelMetadata.FORMAT_VERSION) {
      throw new ModelFormatException(
          file + ": format version " + version + " (this LatentLab reads version "
              + ModelMetadata.FORMAT_VERSION + ")");
    }
    if (ClassifierJson.KIND.equals(f.text("kind"))) {
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
    JsonNode tr = root.get("training");
    if (tr != null && !tr.isNull()) {
      Fields t = new Fields(tr, file + " training");
      Fields fl = new Fields(t.object("finalLosses"), file + " training.finalLosses");
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
    return new ModelMetadata(
        spec, classNames, f.text("dataset"), f.number("beta"), f.number("reconstructionWeight"),
        training);
  }

  /** Typed field access with messages that name the field. */
  public record Fields(JsonNode node, String where) {
    JsonNode need(String name) throws ModelFormatException {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        throw new ModelFormatException(where + ": missing field '" + name + "'");
      }
      return v;
    }

    public String text(String name) throws ModelFormatException {
      JsonNode v = need(name);
      if (!v.isTextual()) {
        throw new ModelFormatException(where + ": '" + name + "' must be a string");
      }
      return v.asText();
    }

    public int integer(String name) throws ModelFormatException {
      JsonNode v = need(name);
      if (!v.canConvertToInt() || !v.isIntegralNumber()) {
        throw new ModelFormatException(where + ": '" + name + "' must be an integer, found " + v);
      }
      return v.asInt();
    }

    public double number(String name) throws ModelFormatException {
      JsonNode v = need(name);
      if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
        throw new ModelFormatException(where + ": '" + name + "' must be a finite number");
      }
      return v.asDouble();
    }

    JsonNode object(String name) throws ModelFormatException {
      JsonNode v = need(name);
      if (!v.isObject()) {
        throw new ModelFormatException(where + ": '" + name + "' must be an object");
      }
      return v;
    }

    public List<Integer> integers(String name) throws ModelFormatException {
      JsonNode v = need(name);
      List<Integer> out = new ArrayList<>();
      if (v.isArray()) {
        for (JsonNode e : v) {
          if (!e.isIntegralNumber() || !e.canConvertToInt()) {
            v = null;
            break;
          }
          out.add(e.asInt());
        }
      }
      if (v == null || !v.isArray()) {
        throw new ModelFormatException(where + ": '" + name + "' must be a list of integers");
      }
      return out;
    }

    public List<String> texts(String name) throws ModelFormatException {
      JsonNode v = need(name);
      List<String> out = new ArrayList<>();
      if (!v.isArray()) {
        throw new ModelFormatException(where + ": '" + name + "' must be a list of strings");
      }
      for (JsonNode e : v) {
        out.add(e.asText());
      }
      return out;
    }
  }
}
