package org.latentlab.model.classifier;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.latentlab.model.ModelFormatException;
import org.latentlab.model.ModelStore;

/**
 * Classifier folders: the same layout as the autoencoders' ({@value ModelStore#PARAMS} and {@value
 * ModelStore#METADATA}, written atomically by {@link ModelStore}), with {@code "kind":
 * "classifier"} in the metadata. Loading checks every parameter's shape against the metadata.
 */
public final class ClassifierStore {
  private static final String BUNDLED_ROOT = "/models/";

  private ClassifierStore() {}

  /** Saves {@code model} as the folder {@code target}, replacing an earlier model there. */
  public static void save(ClassifierModel model, Path target) throws IOException {
    ModelStore.saveFolder(model.network(), ClassifierJson.write(model.metadata()), target);
  }

  /** Whether {@code folder} holds a classifier (false for an autoencoder or anything else). */
  public static boolean isClassifier(Path folder) {
    Path meta = folder.resolve(ModelStore.METADATA);
    try {
      return Files.isRegularFile(meta) && ClassifierJson.KIND.equals(
          ClassifierJson.kind(Files.readString(meta, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads only the metadata of a classifier folder. */
  public static ClassifierMetadata readMetadata(Path folder) throws IOException {
    Path meta = folder.resolve(ModelStore.METADATA);
    if (!Files.isRegularFile(meta)) {
      throw Files.isDirectory(folder)
          ? new ModelFormatException(folder + " is not a LatentLab model: " + ModelStore.METADATA
              + " is missing")
          : new NoSuchFileException(folder.toString());
    }
    return ClassifierJson.read(Files.readString(meta, StandardCharsets.UTF_8), meta.toString());
  }

  /** Loads the classifier folder {@code folder}. */
  public static ClassifierModel load(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw Files.exists(folder)
          ? new ModelFormatException(folder + " is a file; a classifier is a folder with "
              + ModelStore.METADATA + " and " + ModelStore.PARAMS)
          : new NoSuchFileException(folder.toString());
    }
    Path params = folder.resolve(ModelStore.PARAMS);
    ClassifierMetadata metadata = readMetadata(folder);
    if (!Files.isRegularFile(params)) {
      throw new ModelFormatException(folder + " is not a LatentLab model: " + ModelStore.PARAMS
          + " is missing");
    }
    try (InputStream in = Files.newInputStream(params)) {
      return load(metadata, in, folder.toString());
    }
  }

  /** Loads a bundled classifier ("mnist-classifier", "fashion-classifier"). */
  public static ClassifierModel loadBundled(String name) throws IOException {
    String base = BUNDLED_ROOT + name + "/";
    try (InputStream meta = ClassifierStore.class.getResourceAsStream(base + ModelStore.METADATA);
        InputStream params = ClassifierStore.class.getResourceAsStream(base + ModelStore.PARAMS)) {
      if (meta == null || params == null) {
        throw new ModelFormatException("no bundled classifier named '" + name + "'");
      }
      String where = "bundled model " + name;
      ClassifierMetadata metadata = ClassifierJson.read(
          new String(meta.readAllBytes(), StandardCharsets.UTF_8), where + "/" + ModelStore.METADATA);
      return load(metadata, params, where);
    }
  }

  private static ClassifierModel load(ClassifierMetadata metadata, InputStream stream, String where)
      throws IOException {
    ClassifierModel model = ClassifierModel.uninitialized(metadata);
    String file = where + "/" + ModelStore.PARAMS;
    String arch = metadata.spec().describe();
    try {
      Map<String, Shape> expected = expectedShapes(model);
      DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
      try {
        model.network().loadParameters(model.manager(), in);
      } catch (EOFException e) {
        throw new ModelFormatException(file + " is truncated: it ends before all parameters of "
            + arch + " were read");
      } catch (MalformedModelException | IllegalArgumentException | IllegalStateException e) {
        throw new ModelFormatException(file + " does not match " + ModelStore.METADATA + " ("
            + arch + "): " + e.getMessage());
      }
      for (Pair<String, Parameter> p : model.network().getParameters()) {
        Shape got = p.getValue().getArray().getShape();
        if (!got.equals(expected.get(p.getKey()))) {
          throw new ModelFormatException(file + ": parameter " + p.getKey() + " has shape " + got
              + " but " + arch + " needs " + expected.get(p.getKey()));
        }
      }
      if (in.read() != -1) {
        throw new ModelFormatException(file + " has data after the last parameter of " + arch);
      }
      return model;
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  private static Map<String, Shape> expectedShapes(ClassifierModel model) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    try (NDManager scratch = model.manager().newSubManager()) {
      model.network().initialize(
          scratch, DataType.FLOAT32, ClassifierNetwork.inputShape(model.metadata().spec()));
      for (Pair<String, Parameter> p : model.network().getParameters()) {
        shapes.put(p.getKey(), p.getValue().getArray().getShape());
      }
    }
    return shapes;
  }
}
