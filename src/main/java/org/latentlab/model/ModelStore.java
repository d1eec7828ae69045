package org.latentlab.model;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A model is a folder: {@value #PARAMS} (DJL parameters) and {@value #METADATA} (architecture and
 * provenance). Saving writes a temporary sibling folder and renames it into place, so a crash never
 * leaves a half-written model; loading ({@link ModelLoader}) checks the metadata and every
 * parameter's shape. The folder layout and the atomic save serve every kind of model; {@link
 * #save}, {@link #load} and {@link #readMetadata} are the autoencoders'.
 */
public final class ModelStore {
  /** The parameters file inside a model folder. */
  public static final String PARAMS = "model.params";

  /** The metadata file inside a model folder. */
  public static final String METADATA = "latentlab.json";

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
    Path tmp =
        Files.createDirectory(
            parent.resolve(
                "." + dest.getFileName() + ".saving-" + Long.toHexString(System.nanoTime())));
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
    return ModelLoader.loadFolder(folder, "model", ModelStore::load);
  }

  /**
   * Loads a model bundled with LatentLab ("mnist-ae", "mnist-vae", "fashion-ae", "fashion-vae").
   */
  public static AutoencoderModel loadBundled(String name) throws IOException {
    return ModelLoader.loadBundled(name, "model", ModelStore::load);
  }

  /** Reads only the metadata of a model folder (for {@code info}). */
  public static ModelMetadata readMetadata(Path folder) throws IOException {
    return ModelLoader.readMetadata(folder, MetadataJson::read);
  }

  private static AutoencoderModel load(String json, InputStream params, String where)
      throws IOException {
    ModelMetadata metadata = MetadataJson.read(json, where + "/" + METADATA);
    return ModelLoader.readParameters(
        AutoencoderModel.uninitialized(metadata), params, where, describe(metadata.spec()));
  }

  private static String describe(ModelSpec s) {
    return s.kind().id().toUpperCase(java.util.Locale.ROOT)
        + " "
        + s.pixels()
        + "-"
        + s.hidden().stream().map(String::valueOf).reduce((a, b) -> a + "-" + b).orElse("")
        + "-"
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
        OutputStream out =
            new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch))) {
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
