package org.latentlab.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The lesson file: JSON a lecturer can read, edit and share.
 *
 * <pre>{@code
 * {
 *   "format": "latentlab-lesson", "version": 1, "title": "…",
 *   "scenes": [
 *     { "title": "…", "caption": "…", "tab": "latent", "models": "MNIST", "selected": [3, 17],
 *       "autoencoder": { "view": [-4, 4, -4, 4], "cursor": [0.5, 1] }, "vae": { … },
 *       "overlays": { "holeMap": true, "epsilonSamples": 16, "priorSamples": 0, "seed": 7 },
 *       "interpolationFrames": 10, "training": { "run": "kl-only", "snapshot": -1, "play": true },
 *       "information": { "preset": "sunrise-eclipse", "p": [99, 1], "q": [1, 0],
 *         "gaussians": [0.5, 0.8, 0, 1] } }
 *   ]
 * }
 * }</pre>
 *
 * Only {@code title}, {@code caption} and {@code tab} are required in a scene; a field left out
 * keeps its default, and writing leaves defaults out. An unknown field is an error rather than
 * ignored, so a typo ("caption" as "captoin") is found when the lesson opens, not in front of a
 * class.
 */
public final class LessonJson {
  /** The value of the "format" field. */
  public static final String FORMAT = "latentlab-lesson";

  /** The version this build writes and reads. */
  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<String> LESSON_FIELDS = Set.of("format", "version", "title", "scenes");
  private static final Set<String> SCENE_FIELDS =
      Set.of(
          "title",
          "caption",
          "tab",
          "models",
          "selected",
          "autoencoder",
          "vae",
          "overlays",
          "interpolationFrames",
          "training",
          "information",
          "drawing");
  private static final Set<String> DRAWING_FIELDS = Set.of("strokes", "endpoint");
  private static final Set<String> STROKE_FIELDS = Set.of("brush", "xy");
  private static final Set<String> PLANE_FIELDS = Set.of("view", "cursor", "model");
  private static final Set<String> OVERLAY_FIELDS =
      Set.of("holeMap", "epsilonSamples", "priorSamples", "seed");
  private static final Set<String> TRAINING_FIELDS = Set.of("run", "snapshot", "play");
  private static final Set<String> INFORMATION_FIELDS = Set.of("preset", "p", "q", "gaussians");

  private LessonJson() {}

  /** The file text of {@code lesson}. */
  public static String write(Lesson lesson) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("title", lesson.title());
    ArrayNode scenes = root.putArray("scenes");
    for (Scene s : lesson.scenes()) {
      scenes.add(scene(s));
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode scene(Scene s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("title", s.title());
    o.put("caption", s.caption());
    o.put("tab", s.tab().id());
    if (s.models() != null) {
      o.put("models", s.models());
    }
    if (!s.selected().isEmpty()) {
      ArrayNode a = o.putArray("selected");
      s.selected().forEach(a::add);
    }
    plane(o, "autoencoder", s.autoencoder());
    plane(o, "vae", s.vae());
    if (!s.overlays().equals(Overlays.NONE)) {
      ObjectNode v = o.putObject("overlays");
      v.put("holeMap", s.overlays().holeMap());
      v.put("epsilonSamples", s.overlays().epsilonSamples());
      v.put("priorSamples", s.overlays().priorSamples());
      v.put("seed", s.overlays().seed());
    }
    if (s.interpolationFrames() != 0) {
      o.put("interpolationFrames", s.interpolationFrames());
    }
    if (s.training() != null) {
      ObjectNode t = o.putObject("training");
      t.put("run", s.training().run());
      t.put("snapshot", s.training().snapshot());
      t.put("play", s.training().play());
    }
    InformationSetup info = s.information();
    if (info != null) {
      ObjectNode n = o.putObject("information");
      if (info.preset() != null) {
        n.put("preset", info.preset());
      }
      list(n, "p", info.p());
      list(n, "q", info.q());
      list(n, "gaussians", info.gaussians());
    }
    if (s.drawing() != null) {
      ObjectNode d = o.putObject("drawing");
      ArrayNode strokes = d.putArray("strokes");
      for (SceneDrawing.Line line : s.drawing().strokes()) {
        ObjectNode l = strokes.addObject();
        l.put("brush", line.brush());
        ArrayNode xy = l.putArray("xy");
        for (double v : line.xy()) {
          xy.add(v);
        }
      }
      if (s.drawing().endpoint() != null) {
        d.put("endpoint", s.drawing().endpoint());
      }
    }
    return o;
  }

  private static void list(ObjectNode o, String name, List<Double> values) {
    if (values != null) {
      ArrayNode a = o.putArray(name);
      values.forEach(a::add);
    }
  }

  private static void plane(ObjectNode scene, String name, PlaneSetup p) {
    if (p.equals(PlaneSetup.DEFAULT)) {
      return;
    }
    ObjectNode o = scene.putObject(name);
    if (p.view() != null) {
      ArrayNode a = o.putArray("view");
      for (double v : p.view()) {
        a.add(v);
      }
    }
    if (p.cursor() != null) {
      ArrayNode a = o.putArray("cursor");
      for (double v : p.cursor()) {
        a.add(v);
      }
    }
    if (p.model() != null) {
      o.put("model", p.model());
    }
  }

  /**
   * Reads a lesson file's text.
   *
   * @param file names the file in messages
   * @throws LessonFormatException one line naming the file, the scene and the field
   */
  public static Lesson read(String text, String file) throws LessonFormatException {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new LessonFormatException(
          file
              + " is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    }
    if (root == null || !root.isObject()) {
      throw new LessonFormatException(file + " is not a LatentLab lesson (no JSON object)");
    }
    String where = file;
    try {
      known(root, LESSON_FIELDS, "");
      if (!FORMAT.equals(text(root, "format", false))) {
        throw new IllegalArgumentException("'format' must be \"" + FORMAT + "\"");
      }
      int version = integer(root, "version", -1);
      if (version != VERSION) {
        throw new IllegalArgumentException(
            "'version' is "
                + version
                + "; this LatentLab reads version "
                + VERSION
                + (version > VERSION ? " (the lesson was made by a newer LatentLab)" : ""));
      }
      String title = text(root, "title", true);
      JsonNode scenes = root.get("scenes");
      if (scenes == null || !scenes.isArray()) {
        throw new IllegalArgumentException("'scenes' must be a list of scenes");
      }
      List<Scene> list = new ArrayList<>();
      for (int i = 0; i < scenes.size(); i++) {
        JsonNode s = scenes.get(i);
        String name = s.isObject() && s.get("title") != null ? s.get("title").asText() : null;
        where = file + ": scene " + (i + 1) + (name != null ? " (\u201c" + name + "\u201d)" : "");
        list.add(scene(s));
      }
      where = file;
      return new Lesson(title, list);
    } catch (IllegalArgumentException e) {
      throw new LessonFormatException(where + ": " + e.getMessage());
    }
  }

  private static Scene scene(JsonNode s) {
    if (!s.isObject()) {
      throw new IllegalArgumentException("a scene must be a JSON object");
    }
    known(s, SCENE_FIELDS, "");
    String tab = text(s, "tab", true);
    SceneTab parsed;
    try {
      parsed = SceneTab.parse(tab);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'tab': " + e.getMessage());
    }
    List<Integer> selected = new ArrayList<>();
    JsonNode sel = s.get("selected");
    if (sel != null) {
      if (!sel.isArray()) {
        throw new IllegalArgumentException("'selected' must be a list of image numbers");
      }
      for (JsonNode n : sel) {
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
          throw new IllegalArgumentException("'selected' must be a list of image numbers");
        }
        selected.add(n.intValue());
      }
    }
    return new Scene(
        text(s, "title", true),
        text(s, "caption", true),
        parsed,
        text(s, "models", false),
        selected,
        plane(s, "autoencoder"),
        plane(s, "vae"),
        overlays(s.get("overlays")),
        integer(s, "interpolationFrames", 0),
        training(s.get("training")),
        information(s.get("information")),
        drawing(s.get("drawing")));
  }

  private static SceneDrawing drawing(JsonNode d) {
    if (d == null) {
      return null;
    }
    if (!d.isObject()) {
      throw new IllegalArgumentException("'drawing' must be an object with strokes and endpoint");
    }
    known(d, DRAWING_FIELDS, "drawing.");
    JsonNode strokes = d.get("strokes");
    if (strokes == null || !strokes.isArray()) {
      throw new IllegalArgumentException("'drawing.strokes' must be a list of strokes");
    }
    List<SceneDrawing.Line> lines = new ArrayList<>();
    for (JsonNode stroke : strokes) {
      if (!stroke.isObject()) {
        throw new IllegalArgumentException("'drawing.strokes' must be a list of strokes");
      }
      known(stroke, STROKE_FIELDS, "drawing.strokes.");
      JsonNode brush = stroke.get("brush");
      if (brush == null || !brush.isNumber()) {
        throw new IllegalArgumentException("'drawing.strokes.brush' must be a number");
      }
      try {
        double[] xy = numbers(stroke, "xy");
        lines.add(new SceneDrawing.Line(brush.doubleValue(), xy));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'drawing.strokes." + e.getMessage().substring(1), e);
      }
    }
    return new SceneDrawing(lines, text(d, "endpoint", false));
  }

  private static PlaneSetup plane(JsonNode scene, String name) {
    JsonNode p = scene.get(name);
    if (p == null) {
      return null;
    }
    if (!p.isObject()) {
      throw new IllegalArgumentException(
          "'" + name + "' must be an object with view, cursor and model");
    }
    known(p, PLANE_FIELDS, name + ".");
    try {
      JsonNode model = p.get("model");
      if (model != null && !model.isTextual()) {
        throw new IllegalArgumentException(
            "'model' must be a bundled model's name or a model folder's path");
      }
      return new PlaneSetup(
          numbers(p, "view"), numbers(p, "cursor"), model == null ? null : model.asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + name + "." + e.getMessage().substring(1), e);
    }
  }

  private static double[] numbers(JsonNode o, String name) {
    JsonNode a = o.get(name);
    if (a == null) {
      return null;
    }
    if (!a.isArray()) {
      throw new IllegalArgumentException("'" + name + "' must be a list of numbers");
    }
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      if (!a.get(i).isNumber()) {
        throw new IllegalArgumentException("'" + name + "' must be a list of numbers");
      }
      out[i] = a.get(i).doubleValue();
    }
    return out;
  }

  private static Overlays overlays(JsonNode o) {
    if (o == null) {
      return null;
    }
    if (!o.isObject()) {
      throw new IllegalArgumentException("'overlays' must be an object");
    }
    known(o, OVERLAY_FIELDS, "overlays.");
    try {
      return new Overlays(
          bool(o, "holeMap"),
          integer(o, "epsilonSamples", 0),
          integer(o, "priorSamples", 0),
          o.has("seed") ? integer(o, "seed", 1) : 1);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'overlays." + e.getMessage().substring(1), e);
    }
  }

  private static TrainingReplay training(JsonNode o) {
    if (o == null) {
      return null;
    }
    if (!o.isObject()) {
      throw new IllegalArgumentException("'training' must be an object with run and snapshot");
    }
    known(o, TRAINING_FIELDS, "training.");
    return new TrainingReplay(text(o, "run", false), integer(o, "snapshot", -1), bool(o, "play"));
  }

  private static InformationSetup information(JsonNode o) {
    if (o == null) {
      return null;
    }
    if (!o.isObject()) {
      throw new IllegalArgumentException(
          "'information' must be an object with preset, p, q or gaussians");
    }
    known(o, INFORMATION_FIELDS, "information.");
    try {
      return new InformationSetup(
          text(o, "preset", false), boxed(o, "p"), boxed(o, "q"), boxed(o, "gaussians"));
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      throw new IllegalArgumentException(
          m.startsWith("'information.") ? m : "'information." + m.substring(1), e);
    }
  }

  private static List<Double> boxed(JsonNode o, String name) {
    double[] v = numbers(o, name);
    return v == null ? null : java.util.Arrays.stream(v).boxed().toList();
  }

  private static void known(JsonNode o, Set<String> fields, String prefix) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!fields.contains(f)) {
        throw new IllegalArgumentException(
            "unknown field '" + prefix + f + "'; known: " + String.join(", ", sorted(fields)));
      }
    }
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static String text(JsonNode o, String field, boolean required) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        throw new IllegalArgumentException("'" + field + "' is missing");
      }
      return null;
    }
    if (!n.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be text");
    }
    return n.textValue();
  }

  private static int integer(JsonNode o, String field, int otherwise) {
    JsonNode n = o.get(field);
    if (n == null) {
      return otherwise;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new IllegalArgumentException("'" + field + "' must be a whole number");
    }
    return n.intValue();
  }

  private static boolean bool(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null) {
      return false;
    }
    if (!n.isBoolean()) {
      throw new IllegalArgumentException("'" + field + "' must be true or false");
    }
    return n.booleanValue();
  }
}
