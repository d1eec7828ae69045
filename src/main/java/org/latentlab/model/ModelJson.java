package org.latentlab.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of a model folder's {@value ModelStore#METADATA}, shared by every kind of model: one
 * Jackson mapper, the common header ({@code "format"}, {@code "formatVersion"}, {@code "kind"}) and
 * typed field access for reading.
 *
 * <p>Writing serializes a record whose components are the file's fields, in their order, with
 * Jackson's indented layout (the layout of the bundled models). Reading checks every field by hand
 * so that a wrong file gets a message naming the file and the field, not a Jackson stack trace.
 */
public final class ModelJson {
  /** The value of the "format" field. */
  public static final String FORMAT = "latentlab-model";

  /** The metadata format version this build writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** The "kind" of a classifier; the autoencoders' kinds are {@link ModelKind#id()}. */
  public static final String CLASSIFIER = "classifier";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelJson() {}

  /**
   * Sets up the JSON reader now, by reading a small document, so that the first model opened later
   * does not pay for Jackson's start (about 0.3 s on the window's C1-only JIT). Call it from a
   * background thread while something else that must happen first (loading libtorch) runs.
   */
  public static void warmUp() {
    kind("{\"format\": \"" + FORMAT + "\", \"formatVersion\": 1, \"kind\": \"vae\"}");
  }

  /**
   * The {@code "parameters"} object of the metadata: which file of the folder holds the weights and
   * its SHA-256, so that a damaged or swapped parameters file is named on load. Files written
   * before LatentLab kept checksums have none.
   *
   * @param file the parameters file's name inside the folder
   * @param sha256 the file's SHA-256, as lower-case hex
   */
  public record Parameters(String file, String sha256) {}

  /**
   * The {@code "parameters"} object of checked metadata, or null when it has none.
   *
   * @throws ModelFormatException if it is there but not what this LatentLab writes
   */
  public static Parameters parameters(Fields f) throws ModelFormatException {
    JsonNode node = f.optional("parameters");
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      throw new ModelFormatException(f.where() + ": 'parameters' must be an object");
    }
    Fields p = new Fields(node, f.where() + " parameters");
    String file = p.text("file");
    if (!ModelStore.PARAMS.equals(file)) {
      throw new ModelFormatException(
          f.where() + ": names the parameters file '" + file + "', not " + ModelStore.PARAMS);
    }
    String sha = p.text("sha256");
    if (!sha.matches("[0-9a-f]{64}")) {
      throw new ModelFormatException(f.where() + ": 'parameters.sha256' is not a SHA-256");
    }
    return new Parameters(file, sha);
  }

  /**
   * The file text of a metadata record: its components as indented JSON, then a newline.
   *
   * @param file a record that starts with {@code format}, {@code formatVersion} and {@code kind}
   */
  public static String write(Record file) {
    try {
      return MAPPER.writeValueAsString(file) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Parses metadata text and checks its header: a JSON object of this format and version.
   *
   * @param file names the file in messages
   * @return the object's fields; the caller checks the kind and reads the rest
   * @throws ModelFormatException naming the file and what is wrong
   */
  public static Fields read(String text, String file) throws ModelFormatException {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ModelFormatException(
          file
              + ": not valid JSON ("
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ")");
    }
    if (root == null || !root.isObject()) {
      throw new ModelFormatException(file + ": expected a JSON object");
    }
    Fields f = new Fields(root, file);
    if (!FORMAT.equals(f.text("format"))) {
      throw new ModelFormatException(file + ": 'format' is not \"" + FORMAT + "\"");
    }
    int version = f.integer("formatVersion");
    if (version != FORMAT_VERSION) {
      throw new ModelFormatException(
          file
              + ": format version "
              + version
              + " (this LatentLab reads version "
              + FORMAT_VERSION
              + ")");
    }
    return f;
  }

  /** The "kind" of metadata text ("ae", "vae", "classifier"), or null if it names none. */
  public static String kind(String text) {
    try {
      JsonNode root = MAPPER.readTree(text);
      JsonNode kind = root == null ? null : root.get("kind");
      return kind == null || !kind.isTextual() ? null : kind.asText();
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /**
   * Typed access to the fields of one JSON object, with messages that name the field.
   *
   * @param node the object
   * @param where names the file (and the object inside it) in messages
   */
  public record Fields(JsonNode node, String where) {
    private JsonNode need(String name) throws ModelFormatException {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        throw new ModelFormatException(where + ": missing field '" + name + "'");
      }
      return v;
    }

    /** An optional field: null when it is absent or JSON null. */
    public JsonNode optional(String name) {
      JsonNode v = node.get(name);
      return v == null || v.isNull() ? null : v;
    }

    /** A string field. */
    public String text(String name) throws ModelFormatException {
      JsonNode v = need(name);
      if (!v.isTextual()) {
        throw new ModelFormatException(where + ": '" + name + "' must be a string");
      }
      return v.asText();
    }

    /** An integer field that fits an {@code int}. */
    public int integer(String name) throws ModelFormatException {
      JsonNode v = need(name);
      if (!v.canConvertToInt() || !v.isIntegralNumber()) {
        throw new ModelFormatException(where + ": '" + name + "' must be an integer, found " + v);
      }
      return v.asInt();
    }

    /** A finite number field. */
    public double number(String name) throws ModelFormatException {
      JsonNode v = need(name);
      if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
        throw new ModelFormatException(where + ": '" + name + "' must be a finite number");
      }
      return v.asDouble();
    }

    /** A nested object field. */
    JsonNode object(String name) throws ModelFormatException {
      JsonNode v = need(name);
      if (!v.isObject()) {
        throw new ModelFormatException(where + ": '" + name + "' must be an object");
      }
      return v;
    }

    /** A list of integers that fit an {@code int}. */
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

    /** A list of strings. */
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
