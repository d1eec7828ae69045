package org.latentlab.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Edits model folders on disk the way a user, an old LatentLab or a damaged disk would. */
public final class ModelFiles {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelFiles() {}

  /**
   * Removes the parameters' name and checksum from a folder's latentlab.json, as LatentLab wrote it
   * before it kept checksums.
   */
  public static void withoutChecksum(Path folder) throws IOException {
    Path json = folder.resolve("latentlab.json");
    ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readString(json));
    root.remove("parameters");
    Files.writeString(json, MAPPER.writeValueAsString(root) + "\n");
  }

  /** The names in a folder, sorted. */
  public static java.util.List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
