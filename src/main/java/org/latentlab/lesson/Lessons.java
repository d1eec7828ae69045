package org.latentlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Lesson files on disk and the lessons bundled with LatentLab. */
public final class Lessons {
  /** The bundled lesson that follows the lecture notes from the AE to the VAE. */
  public static final String AE_TO_VAE = "ae-to-vae";

  /** The names of the bundled lessons. */
  public static final List<String> BUNDLED = List.of(AE_TO_VAE);

  /** The largest lesson file read: a lesson is text, so anything bigger is not one. */
  static final long MAX_BYTES = 4 << 20;

  private Lessons() {}

  /** A bundled lesson by name ({@link #BUNDLED}). */
  public static Lesson bundled(String name) throws IOException {
    if (!BUNDLED.contains(name)) {
      throw new NoSuchFileException(
          "no bundled lesson '" + name + "'; bundled: " + String.join(", ", BUNDLED));
    }
    try (InputStream in = Lessons.class.getResourceAsStream(name + ".json")) {
      if (in == null) {
        throw new IOException("the bundled lesson '" + name + "' is missing from this build");
      }
      return LessonJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    }
  }

  /** A bundled lesson's name or a lesson file's path. */
  public static Lesson open(String nameOrFile) throws IOException {
    return BUNDLED.contains(nameOrFile) ? bundled(nameOrFile) : read(Path.of(nameOrFile));
  }

  /**
   * Reads a lesson file.
   *
   * @throws LessonFormatException or another IOException whose message names the file
   */
  public static Lesson read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new LessonFormatException(file + " is a folder; choose a lesson .json file");
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new LessonFormatException(
          file + " is " + Files.size(file) / (1 << 20) + " MB: too large for a lesson file");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new LessonFormatException(file + " is not a text file (not UTF-8), so not a lesson");
    }
    return LessonJson.read(text, file.toString());
  }

  /**
   * Writes {@code lesson} to {@code file} atomically: a sibling file is written and renamed into
   * place, so the file always holds the old lesson or the new one, never half of one.
   */
  public static void save(Lesson lesson, Path file) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw new IOException(file + " is a folder; name a .json file to write");
    }
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path part = dir.resolve("." + target.getFileName() + ".part");
    Files.deleteIfExists(part);
    try {
      Files.writeString(
          part,
          LessonJson.write(lesson),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE,
          StandardOpenOption.SYNC);
      try {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }
}
