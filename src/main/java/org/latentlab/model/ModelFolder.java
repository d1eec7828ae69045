package org.latentlab.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The two files of a model folder on disk, written so that the folder always holds either the old
 * or the new complete model, and nothing else in it is touched.
 *
 * <p>A save writes {@value #PARAMS_PART} and {@value #METADATA_PART} beside the model, then renames
 * the parameters into place and then the metadata. The new metadata names the parameters' SHA-256,
 * so after a kill between the two renames the old {@value ModelStore#METADATA} no longer vouches
 * for {@value ModelStore#PARAMS} while the complete pending metadata does: readers then take the
 * pending one (the new model), and the next save finishes the rename before it starts. The same
 * checksum catches a damaged or swapped parameters file.
 */
final class ModelFolder {
  /** The parameters being saved, renamed to {@value ModelStore#PARAMS} when complete. */
  static final String PARAMS_PART = "." + ModelStore.PARAMS + ".part";

  /** The metadata being saved, renamed to {@value ModelStore#METADATA} last. */
  static final String METADATA_PART = "." + ModelStore.METADATA + ".part";

  /** The file that proves a folder is writable before any training. */
  static final String PROBE = ".latentlab-write-check.part";

  private ModelFolder() {}

  /** A folder's metadata text and parameter bytes, once they are known to belong together. */
  record Contents(String metadataJson, byte[] params) {}

  /**
   * Writes a model into {@code dir} (created if needed), replacing only the two model files.
   *
   * @param metadata the metadata text for the parameters' file name and checksum
   */
  static void write(Path dir, byte[] params, Function<ModelJson.Parameters, String> metadata)
      throws IOException {
    LegacyLeftovers.restoreOrClean(dir);
    Files.createDirectories(dir);
    settle(dir);
    deletePartFiles(dir);
    Path paramsPart = dir.resolve(PARAMS_PART);
    Path metadataPart = dir.resolve(METADATA_PART);
    boolean committing = false;
    try {
      String json = metadata.apply(new ModelJson.Parameters(ModelStore.PARAMS, sha256(params)));
      writeDurably(paramsPart, params);
      writeDurably(metadataPart, json.getBytes(StandardCharsets.UTF_8));
      move(paramsPart, dir.resolve(ModelStore.PARAMS));
      // From here the pending metadata is the truth: it must survive a failure of the last rename.
      committing = true;
      move(metadataPart, dir.resolve(ModelStore.METADATA));
      syncFolder(dir);
    } finally {
      Files.deleteIfExists(paramsPart);
      if (!committing) {
        Files.deleteIfExists(metadataPart);
      }
    }
  }

  /**
   * Reads a model folder's two files, checking that the parameters are the ones the metadata names.
   * After a save killed between its two renames, the complete pending metadata is returned.
   *
   * @throws ModelFormatException naming the damaged file and what to do
   */
  static Contents read(Path dir) throws IOException {
    Path params = dir.resolve(ModelStore.PARAMS);
    if (!Files.isRegularFile(params)) {
      throw missing(
          dir,
          Files.isRegularFile(dir.resolve(ModelStore.METADATA))
              ? ModelStore.PARAMS
              : ModelStore.METADATA);
    }
    byte[] bytes = Files.readAllBytes(params);
    return new Contents(trustedMetadata(dir, sha256(bytes)), bytes);
  }

  /**
   * The metadata text of a folder, checked against its parameters when they are there (for {@code
   * info}, which reads no weights).
   */
  static String readMetadata(Path dir) throws IOException {
    Path params = dir.resolve(ModelStore.PARAMS);
    if (Files.isRegularFile(params)) {
      return trustedMetadata(dir, sha256(Files.readAllBytes(params)));
    }
    Path meta = dir.resolve(ModelStore.METADATA);
    if (!Files.isRegularFile(meta)) {
      throw missing(dir, ModelStore.METADATA);
    }
    return text(meta);
  }

  /**
   * Finishes a save that was killed between its two renames, so that cleaning up the pending files
   * cannot lose the model the folder holds.
   */
  static void settle(Path dir) throws IOException {
    Path params = dir.resolve(ModelStore.PARAMS);
    Path pending = dir.resolve(METADATA_PART);
    if (!Files.isRegularFile(params) || !Files.isRegularFile(pending)) {
      return;
    }
    String sha = sha256(Files.readAllBytes(params));
    Path meta = dir.resolve(ModelStore.METADATA);
    if (vouchesFor(pending, sha) && !vouchesFor(meta, sha)) {
      move(pending, meta);
      syncFolder(dir);
    }
  }

  /** Deletes the files a save or a writability check of LatentLab's left behind in {@code dir}. */
  static void deletePartFiles(Path dir) throws IOException {
    for (String name : new String[] {PARAMS_PART, METADATA_PART, PROBE}) {
      Files.deleteIfExists(dir.resolve(name));
    }
  }

  private static String trustedMetadata(Path dir, String paramsSha) throws IOException {
    Path meta = dir.resolve(ModelStore.METADATA);
    Path pending = dir.resolve(METADATA_PART);
    boolean hasMeta = Files.isRegularFile(meta);
    if ((!hasMeta || !vouchesFor(meta, paramsSha)) && vouchesFor(pending, paramsSha)) {
      return text(pending);
    }
    if (!hasMeta) {
      throw missing(dir, ModelStore.METADATA);
    }
    String text = text(meta);
    ModelJson.Parameters declared = ModelJson.parameters(ModelJson.read(text, meta.toString()));
    if (declared != null && !declared.sha256().equals(paramsSha)) {
      throw new ModelFormatException(
          dir.resolve(declared.file())
              + " is damaged (checksum mismatch with "
              + ModelStore.METADATA
              + "); train again or restore it");
    }
    return text;
  }

  /** Whether {@code file} is complete metadata that names parameters with this checksum. */
  private static boolean vouchesFor(Path file, String paramsSha) {
    try {
      if (!Files.isRegularFile(file)) {
        return false;
      }
      String text = text(file);
      ModelJson.Parameters p = ModelJson.parameters(ModelJson.read(text, file.toString()));
      return p != null && p.sha256().equals(paramsSha);
    } catch (IOException e) {
      return false;
    }
  }

  /** The file's text; a file that is not UTF-8 is damaged, not a reason for a decoder's message. */
  static String text(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ModelFormatException(
          file + " is damaged (not a text file); train again or restore it");
    }
  }

  private static ModelFormatException missing(Path dir, String file) {
    return new ModelFormatException(dir + " is not a LatentLab model: " + file + " is missing");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void writeDurably(Path file, byte[] bytes) throws IOException {
    try (FileChannel ch =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(ch)) {
      out.write(bytes);
      out.flush();
      ch.force(true);
    }
  }

  /** Makes the renames themselves durable; a file system that cannot sync folders still works. */
  private static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Not every platform can open a folder as a channel; the renames are done either way.
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Folders that earlier LatentLab versions saved through: {@code .NAME.saving-…} (a model being
   * written) and {@code .NAME.old-…} (the previous model, renamed aside until the new one was in
   * place). A kill could leave them beside the model folder, or leave only them.
   */
  static final class LegacyLeftovers {
    private LegacyLeftovers() {}

    /**
     * When {@code dest} is gone but an old model was renamed aside, puts it back (it is the user's
     * last complete model); otherwise deletes the leftovers.
     */
    static void restoreOrClean(Path dest) throws IOException {
      Path parent = dest.getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        return;
      }
      String name = dest.getFileName().toString();
      if (!Files.exists(dest)) {
        Path newest = newestOldModel(parent, name);
        if (newest != null) {
          Files.move(newest, dest);
        }
      }
      try (DirectoryStream<Path> s =
          Files.newDirectoryStream(
              parent,
              p ->
                  Files.isDirectory(p)
                      && (p.getFileName().toString().startsWith("." + name + ".saving-")
                          || p.getFileName().toString().startsWith("." + name + ".old-")))) {
        for (Path p : s) {
          deleteRecursively(p);
        }
      }
    }

    private static Path newestOldModel(Path parent, String name) throws IOException {
      try (Stream<Path> s = Files.list(parent)) {
        return s.filter(p -> p.getFileName().toString().startsWith("." + name + ".old-"))
            .filter(p -> Files.isRegularFile(p.resolve(ModelStore.METADATA)))
            .max(Comparator.comparing(LegacyLeftovers::modified))
            .orElse(null);
      }
    }

    private static long modified(Path p) {
      try {
        return Files.getLastModifiedTime(p).toMillis();
      } catch (IOException e) {
        return 0;
      }
    }

    private static void deleteRecursively(Path dir) throws IOException {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
