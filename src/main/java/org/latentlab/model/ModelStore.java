package org.latentlab.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A model is a folder: {@value #PARAMS} (DJL parameters) and {@value #METADATA} (architecture,
 * provenance and the parameters' checksum). These two are the only files LatentLab writes there:
 * anything else in the folder is left alone. Saving writes both beside the model and renames them
 * into place ({@link ModelFolder}), so the folder always holds the old or the new complete model;
 * loading ({@link ModelLoader}) checks the checksum, the metadata and every parameter's shape. The
 * folder layout and the save serve every kind of model; {@link #save}, {@link #load} and {@link
 * #readMetadata} are the autoencoders'.
 */
public final class ModelStore {
  /** The parameters file inside a model folder. */
  public static final String PARAMS = "model.params";

  /** The metadata file inside a model folder. */
  public static final String METADATA = "latentlab.json";

  private ModelStore() {}

  /**
   * Saves {@code model} into the folder {@code target}, replacing the model there if there is one
   * (callers that must not replace one check first with {@link #checkSaveTarget}).
   */
  public static void save(AutoencoderModel model, Path target) throws IOException {
    saveFolder(
        model.block(), parameters -> MetadataJson.write(model.metadata(), parameters), target);
  }

  /**
   * Writes parameters and metadata into a model folder (any kind of model), keeping every other
   * file in it.
   *
   * @param metadata the metadata text, given the parameters file's name and checksum
   * @throws IOException naming {@code target} as the user gave it
   */
  public static void saveFolder(
      ai.djl.nn.Block block, Function<ModelJson.Parameters, String> metadata, Path target)
      throws IOException {
    Path dest = absolute(target);
    if (Files.exists(dest) && !Files.isDirectory(dest)) {
      throw new IOException(notAFolder(target));
    }
    ByteArrayOutputStream params = new ByteArrayOutputStream(1 << 22);
    try (DataOutputStream dos = new DataOutputStream(params)) {
      block.saveParameters(dos);
    }
    try {
      ModelFolder.write(dest, params.toByteArray(), metadata);
    } catch (IOException e) {
      throw new IOException("cannot save the model to " + target + ": " + reason(e), e);
    }
  }

  /**
   * Checks, before any work, that a model could be saved into {@code target}: it is a folder (or
   * can be made one) in which a file can be created, and it holds no model unless {@code
   * overwrite}. A folder with other files is fine: they are kept. Whatever the check creates, it
   * removes again.
   *
   * @return the absolute target
   * @throws ModelExistsException if the folder holds a model (or a file that looks like one: an
   *     unreadable {@value #METADATA} counts) and {@code overwrite} is false
   * @throws IOException naming {@code target} as the user gave it and what is wrong
   */
  public static Path checkSaveTarget(Path target, boolean overwrite) throws IOException {
    Path dest = absolute(target);
    if (Files.exists(dest) && !Files.isDirectory(dest)) {
      throw new IOException(notAFolder(target));
    }
    ModelFolder.LegacyLeftovers.restoreOrClean(dest);
    if (!overwrite && holdsModel(dest)) {
      throw new ModelExistsException(target, describeExisting(dest));
    }
    checkWritable(target, dest);
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

  private static Path absolute(Path target) throws IOException {
    Path dest = target.toAbsolutePath().normalize();
    if (dest.getParent() == null) {
      throw new IOException(target + " is not a folder a model can be saved as");
    }
    return dest;
  }

  private static String notAFolder(Path target) {
    return target + " is a file; a model is saved as a folder: choose another name";
  }

  private static boolean holdsModel(Path dir) {
    return Files.isDirectory(dir)
        && (Files.exists(dir.resolve(METADATA)) || Files.exists(dir.resolve(PARAMS)));
  }

  /** What a folder that holds a model holds, for the refusal to replace it. */
  private static String describeExisting(Path dir) {
    for (boolean checked : new boolean[] {true, false}) {
      try {
        String text =
            checked ? ModelFolder.readMetadata(dir) : ModelFolder.text(dir.resolve(METADATA));
        ModelJson.Fields f = ModelJson.read(text, METADATA);
        if (ModelJson.CLASSIFIER.equals(f.text("kind"))) {
          JsonNode architecture = f.optional("architecture");
          return "classifier" + (architecture == null ? "" : " " + architecture.asText());
        }
        ModelMetadata m = MetadataJson.read(text, METADATA);
        return describe(m.spec()) + " trained on " + m.dataset();
      } catch (IOException | RuntimeException e) {
        // unchecked, then unreadable
      }
    }
    return Files.exists(dir.resolve(METADATA))
        ? "its " + METADATA + " cannot be read"
        : "a " + PARAMS + " without " + METADATA;
  }

  /**
   * Makes the folder, creates and deletes a file in it, and removes the folders it made: {@link
   * Files#isWritable} trusts permission bits, which say yes to root in /proc.
   */
  private static void checkWritable(Path target, Path dest) throws IOException {
    List<Path> made = new ArrayList<>();
    for (Path p = dest; p != null && !Files.exists(p); p = p.getParent()) {
      made.add(p);
    }
    try {
      try {
        Files.createDirectories(dest);
      } catch (IOException e) {
        throw new IOException(
            "cannot save a model to " + target + ": cannot create the folder (" + reason(e) + ")",
            e);
      }
      Path probe = dest.resolve(ModelFolder.PROBE);
      try {
        Files.deleteIfExists(probe);
        Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW).close();
        Files.delete(probe);
      } catch (IOException e) {
        throw new IOException(
            "cannot save a model to " + target + ": cannot create a file in it (" + reason(e) + ")",
            e);
      }
    } finally {
      for (Path p : made) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          break; // not empty, or not ours to remove after all
        }
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + " exists and is not a folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
