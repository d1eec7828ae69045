package org.latentlab.model;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
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

/**
 * Reads model folders of any kind ({@link ModelStore} for the autoencoders, the classifier's store
 * for classifiers): finds the two files of a folder or a bundled model, and reads the weights into
 * a {@link NativeModel}, checking that they are exactly the parameters its network has. Every
 * failure is a {@link ModelFormatException} that names the file and the problem.
 */
public final class ModelLoader {
  /** Where the bundled models live on the class path. */
  private static final String BUNDLED_ROOT = "/models/";

  private ModelLoader() {}

  /**
   * Turns a model folder's metadata text and parameter stream into a loaded model.
   *
   * @param <T> the kind of model
   */
  @FunctionalInterface
  public interface Loader<T> {
    /**
     * @param where names the folder in messages
     */
    T load(String metadataJson, InputStream params, String where) throws IOException;
  }

  /**
   * Parses a model folder's metadata text.
   *
   * @param <M> the kind of metadata
   */
  @FunctionalInterface
  public interface MetadataReader<M> {
    /**
     * @param file names the file in messages
     */
    M read(String text, String file) throws ModelFormatException;
  }

  /**
   * Loads the folder {@code folder} with {@code loader} once both files are there.
   *
   * @param what what a folder holds, for messages ("model", "classifier")
   */
  public static <T> T loadFolder(Path folder, String what, Loader<T> loader) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw Files.exists(folder)
          ? new ModelFormatException(
              folder
                  + " is a file; a "
                  + what
                  + " is a folder with "
                  + ModelStore.METADATA
                  + " and "
                  + ModelStore.PARAMS)
          : new NoSuchFileException(folder.toString());
    }
    ModelFolder.Contents contents = ModelFolder.read(folder);
    return loader.load(
        contents.metadataJson(), new ByteArrayInputStream(contents.params()), folder.toString());
  }

  /**
   * Loads the bundled folder {@code name} from the class path with {@code loader}.
   *
   * @param what what a folder holds, for messages ("model", "classifier")
   */
  public static <T> T loadBundled(String name, String what, Loader<T> loader) throws IOException {
    String base = BUNDLED_ROOT + name + "/";
    try (InputStream meta = ModelLoader.class.getResourceAsStream(base + ModelStore.METADATA);
        InputStream params = ModelLoader.class.getResourceAsStream(base + ModelStore.PARAMS)) {
      if (meta == null || params == null) {
        throw new ModelFormatException("no bundled " + what + " named '" + name + "'");
      }
      String json = new String(meta.readAllBytes(), StandardCharsets.UTF_8);
      return loader.load(json, params, "bundled model " + name);
    }
  }

  /** Reads only the metadata of the folder {@code folder} with {@code reader}. */
  public static <M> M readMetadata(Path folder, MetadataReader<M> reader) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString());
    }
    return reader.read(
        ModelFolder.readMetadata(folder), folder.resolve(ModelStore.METADATA).toString());
  }

  /**
   * Reads the weights of an uninitialized {@code model} from {@code stream}, checking that they are
   * exactly the parameters its network has: none missing, none extra, each of the right shape and
   * float32. On any failure the model is closed.
   *
   * @param where names the folder in messages
   * @param architecture describes the network in messages ("VAE 784-512-256-2")
   * @return {@code model}, loaded
   */
  public static <T extends NativeModel<?, ?>> T readParameters(
      T model, InputStream stream, String where, String architecture) throws IOException {
    String file = where + "/" + ModelStore.PARAMS;
    try {
      Map<String, Shape> expected = expectedShapes(model);
      DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
      try {
        model.block().loadParameters(model.manager(), in);
      } catch (EOFException e) {
        throw new ModelFormatException(
            file
                + " is truncated: it ends before all "
                + expected.size()
                + " parameters of "
                + architecture
                + " were read");
      } catch (MalformedModelException | RuntimeException e) {
        // Bytes that are not the parameters of this network: a damaged file (files saved with a
        // checksum are caught before) or another model's weights.
        throw new ModelFormatException(
            file
                + " is damaged or does not belong to "
                + ModelStore.METADATA
                + " ("
                + architecture
                + ": "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "); train again or restore it");
      }
      checkShapes(model, expected, file, architecture);
      if (in.read() != -1) {
        throw new ModelFormatException(
            file
                + " has data after the last parameter of "
                + architecture
                + "; it belongs to a larger model");
      }
      return model;
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /**
   * The shape every parameter must have, found by initializing the block in a scratch manager. The
   * block's own initializers are replaced by zeros first: its weights are about to be read, and
   * drawing a million random numbers only to learn their shapes took a fifth of a second of every
   * model's opening at start-up (JFR).
   */
  private static Map<String, Shape> expectedShapes(NativeModel<?, ?> model) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (Parameter.Type type : new Parameter.Type[] {Parameter.Type.WEIGHT, Parameter.Type.BIAS}) {
      model.block().setInitializer(Initializer.ZEROS, type);
    }
    try (NDManager scratch = model.manager().newSubManager()) {
      model.block().initialize(scratch, DataType.FLOAT32, model.inputShape());
      for (Pair<String, Parameter> p : model.block().getParameters()) {
        shapes.put(p.getKey(), p.getValue().getArray().getShape());
      }
    }
    return shapes;
  }

  private static void checkShapes(
      NativeModel<?, ?> model, Map<String, Shape> expected, String file, String architecture)
      throws ModelFormatException {
    for (Pair<String, Parameter> p : model.block().getParameters()) {
      Shape want = expected.get(p.getKey());
      Shape got = p.getValue().getArray().getShape();
      if (!got.equals(want)) {
        throw new ModelFormatException(
            file
                + ": parameter "
                + p.getKey()
                + " has shape "
                + got
                + " but "
                + ModelStore.METADATA
                + " ("
                + architecture
                + ") needs "
                + want);
      }
      if (p.getValue().getArray().getDataType() != DataType.FLOAT32) {
        throw new ModelFormatException(
            file
                + ": parameter "
                + p.getKey()
                + " is "
                + p.getValue().getArray().getDataType()
                + ", expected float32");
      }
    }
  }
}
