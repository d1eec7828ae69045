package org.latentlab.model;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A model is a folder: {@value #PARAMS} (DJL parameters) and {@value #METADATA} (architecture and
 * provenance). Saving writes a temporary sibling folder and renames it into place, so a crash never
 * leaves a half-written model; loading checks the metadata and every parameter's shape.
 */
public final class ModelStore {
  /** The parameters file inside a model folder. */
  public static final String PARAMS = "model.params";

  /** The metadata file inside a model folder. */
  public static final String METADATA = "latentlab.json";

  /** Where the bundled models live on the class path. */
  private static final String BUNDLED_ROOT = "/models/";

  private ModelStore() {}

  /**
   * Saves {@code model} as the folder {@code target}, replacing an earlier model there. Any other
   * existing folder is refused rather than overwritten.
   */
  public static void save(AutoencoderModel model, Path target) throws IOException {
    saveFolder(model.block(), MetadataJson.write(model.metadata()), target);
  }

  /** Writes parameters and metadata as a model folder, atomically (any kind of model). */
  public static void saveFolder(ai.djl.nn.Block block, String metadataJson, Path target)
      throws IOException {
    Path dest = checkSaveTarget(target);
    Path parent = dest.getParent();
    Files.createDirectories(parent);
    // Not Files.createTempDirectory: that makes an owner-only folder, and the model would keep
    // those permissions after the rename.
    Path tmp = Files.createDirectory(
        parent.resolve("." + dest.getFileName() + ".saving-" + Long.toHexString(System.nanoTime())));
    try {
      ByteArrayOutputStream params = new ByteArrayOutputStream(1 << 22);
      try (DataOutputStream dos = new DataOutputStream(params)) {
        block.saveParameters(dos);
      }
      writeDurably(tmp.resolve(PARAMS), params.toByteArray());
      writeDurably(tmp.resolve(METADATA), metadataJson.getBytes(StandardCharsets.UTF_8));
      replace(tmp, dest);
    } finally {
      deleteRecursively(tmp);
    }
  }

  /**
   * Checks, before any work, that a model could be saved as {@code target}: it is absent, empty or
   * a model folder (which would be replaced).
   *
   * @return the absolute target
   * @throws IOException naming the problem
   */
  public static Path checkSaveTarget(Path target) throws IOException {
    Path dest = target.toAbsolutePath().normalize();
    if (dest.getParent() == null) {
      throw new IOException(dest + " is not a folder a model can be saved as");
    }
    if (Files.exists(dest) && !isModelFolderOrEmpty(dest)) {
      throw new IOException(
          dest + " exists and is not a LatentLab model folder; not overwriting it");
    }
    return dest;
  }

  /** Loads the model folder {@code folder}, checking metadata and parameter shapes. */
  public static AutoencoderModel load(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw Files.exists(folder)
          ? new ModelFormatException(folder + " is a file; a model is a folder with " + METADATA
              + " and " + PARAMS)
          : new NoSuchFileException(folder.toString());
    }
    Path meta = folder.resolve(METADATA);
    Path params = folder.resolve(PARAMS);
    for (Path p : new Path[] {meta, params}) {
      if (!Files.isRegularFile(p)) {
        throw new ModelFormatException(folder + " is not a LatentLab model: " + p.getFileName()
            + " is missing");
      }
    }
    String json = Files.readString(meta, StandardCharsets.UTF_8);
    try (InputStream in = Files.newInputStream(params)) {
      return load(json, in, folder.toString());
    }
  }

  /**
   * Loads a model bundled with LatentLab ("mnist-ae", "mnist-vae", "fashion-ae", "fashion-vae").
   */
  public static AutoencoderModel loadBundled(String name) throws IOException {
    String base = BUNDLED_ROOT + name + "/";
    try (InputStream meta = ModelStore.class.getResourceAsStream(base + METADATA);
        InputStream params = ModelStore.class.getResourceAsStream(base + PARAMS)) {
      if (meta == null || params == null) {
        throw new ModelFormatException("no bundled model named '" + name + "'");
      }
      String json = new String(meta.readAllBytes(), StandardCharsets.UTF_8);
      return load(json, params, "bundled model " + name);
    }
  }

  /** Reads only the metadata of a model folder (for {@code info}). */
  public static ModelMetadata readMetadata(Path folder) throws IOException {
    Path meta = folder.resolve(METADATA);
    if (!Files.isRegularFile(meta)) {
      throw Files.isDirectory(folder)
          ? new ModelFormatException(folder + " is not a LatentLab model: " + METADATA
              + " is missing")
          : new NoSuchFileException(folder.toString());
    }
    return MetadataJson.read(Files.readString(meta, StandardCharsets.UTF_8), meta.toString());
  }

  private static AutoencoderModel load(String json, InputStream paramStream, String where)
      throws IOException {
    ModelMetadata metadata = MetadataJson.read(json, where + "/" + METADATA);
    AutoencoderModel model = AutoencoderModel.uninitialized(metadata);
    try {
      Map<String, Shape> expected = expectedShapes(model);
      DataInputStream in = new DataInputStream(new BufferedInputStream(paramStream, 1 << 16));
      try {
        model.block().loadParameters(model.manager(), in);
      } catch (EOFException e) {
        throw new ModelFormatException(where + "/" + PARAMS + " is truncated: it ends before all "
            + expected.size() + " parameters of " + describe(metadata.spec()) + " were read");
      } catch (MalformedModelException | IllegalArgumentException | IllegalStateException e) {
        throw new ModelFormatException(where + "/" + PARAMS + " does not match " + METADATA + " ("
            + describe(metadata.spec()) + "): " + e.getMessage());
      }
      checkShapes(model, expected, where, metadata.spec());
      if (in.read() != -1) {
        throw new ModelFormatException(where + "/" + PARAMS + " has data after the last parameter of "
            + describe(metadata.spec()) + "; it belongs to a larger model");
      }
      return model;
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /** The shape every parameter must have, found by initializing the block in a scratch manager. */
  private static Map<String, Shape> expectedShapes(AutoencoderModel model) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    try (NDManager scratch = model.manager().newSubManager()) {
      model.block().initialize(scratch, DataType.FLOAT32, Layers.inputShape(model.metadata().spec()));
      for (Pair<String, Parameter> p : model.block().getParameters()) {
        shapes.put(p.getKey(), p.getValue().getArray().getShape());
      }
    }
    return shapes;
  }

  private static void checkShapes(
      AutoencoderModel model, Map<String, Shape> expected, String where, ModelSpec spec)
      throws ModelFormatException {
    for (Pair<String, Parameter> p : model.block().getParameters()) {
      Shape want = expected.get(p.getKey());
      Shape got = p.getValue().getArray().getShape();
      if (!got.equals(want)) {
        throw new ModelFormatException(where + "/" + PARAMS + ": parameter " + p.getKey()
            + " has shape " + got + " but " + METADATA + " (" + describe(spec) + ") needs " + want);
      }
      if (p.getValue().getArray().getDataType() != DataType.FLOAT32) {
        throw new ModelFormatException(where + "/" + PARAMS + ": parameter " + p.getKey() + " is "
            + p.getValue().getArray().getDataType() + ", expected float32");
      }
    }
  }

  private static String describe(ModelSpec s) {
    return s.kind().id().toUpperCase(java.util.Locale.ROOT) + " " + s.pixels() + "-"
        + s.hidden().stream().map(String::valueOf).reduce((a, b) -> a + "-" + b).orElse("") + "-"
        + s.latentDim();
  }

  private static boolean isModelFolderOrEmpty(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    if (Files.isRegularFile(dir.resolve(METADATA))) {
      return true;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void writeDurably(Path file, byte[] bytes) throws IOException {
    try (FileChannel ch =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch))) {
      out.write(bytes);
      out.flush();
      ch.force(true);
    }
  }

  /**
   * Moves the finished folder into place. A directory cannot be renamed over a non-empty one, so an
   * old model is first renamed aside and deleted only once the new one is in place.
   */
  private static void replace(Path finished, Path dest) throws IOException {
    Path old = null;
    if (Files.exists(dest)) {
      old = dest.resolveSibling("." + dest.getFileName() + ".old-" + System.nanoTime());
      move(dest, old);
    }
    try {
      move(finished, dest);
    } catch (IOException e) {
      if (old != null) {
        move(old, dest);
      }
      throw e;
    }
    if (old != null) {
      deleteRecursively(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
