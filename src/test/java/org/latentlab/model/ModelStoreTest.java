package org.latentlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.ClassNames;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;

class ModelStoreTest {
  @TempDir Path tmp;

  private static ModelMetadata metadata(ModelKind kind, List<Integer> hidden) {
    return new ModelMetadata(
        new ModelSpec(kind, 28, 28, hidden, 2),
        ClassNames.DIGITS,
        "test",
        1,
        1,
        new ModelMetadata.TrainingSummary(10, 1, 5, 1e-3, 7, 100, 5, 105, "2026-11-21T00:00:00Z"));
  }

  private static float[][] grid() {
    Random r = new Random(3);
    float[][] z = new float[50][2];
    for (float[] row : z) {
      row[0] = (float) (r.nextGaussian() * 2);
      row[1] = (float) (r.nextGaussian() * 2);
    }
    return z;
  }

  @Test
  void saveThenLoadDecodesBitForBit() throws IOException {
    for (ModelKind kind : ModelKind.values()) {
      Path dir = tmp.resolve(kind.id());
      float[][] before;
      try (AutoencoderModel m = AutoencoderModel.create(metadata(kind, List.of(64, 32)))) {
        ModelStore.save(m, dir);
        try (LatentModel handle = LatentModels.wrap(m, "x")) {
          before = handle.decode(grid());
        }
      }
      try (LatentModel loaded = LatentModels.open(dir)) {
        float[][] after = loaded.decode(grid());
        for (int i = 0; i < before.length; i++) {
          assertArrayEquals(before[i], after[i], 0f, kind + " row " + i);
        }
        assertEquals(kind == ModelKind.VAE, loaded.info().variational());
      }
      assertEquals(metadata(kind, List.of(64, 32)), ModelStore.readMetadata(dir));
    }
  }

  @Test
  void metadataThatDoesNotMatchTheWeightsIsRejectedWithTheMismatch() throws IOException {
    Path dir = saved(ModelKind.VAE);
    Path json = dir.resolve(ModelStore.METADATA);
    Files.writeString(
        json,
        Files.readString(json)
            .replaceFirst("\"hidden\" : \\[ 64, 32 \\]", "\"hidden\" : [ 64, 16 ]"));
    var e = assertThrows(ModelFormatException.class, () -> ModelStore.load(dir));
    assertTrue(
        e.getMessage()
            .contains(
                "parameter 01encoder_03Linear_weight has shape (32, 64) but latentlab.json (VAE 784-64-16-2) needs (16, 64)"),
        e.getMessage());
  }

  @Test
  void aLatentDimensionThatDiffersIsNamedInTheMessage() throws IOException {
    Path dir = saved(ModelKind.AE);
    Path json = dir.resolve(ModelStore.METADATA);
    Files.writeString(
        json, Files.readString(json).replace("\"latentDim\" : 2", "\"latentDim\" : 3"));
    var e = assertThrows(ModelFormatException.class, () -> ModelStore.load(dir));
    assertTrue(e.getMessage().contains("AE 784-64-32-3"), e.getMessage());
    assertTrue(e.getMessage().contains("shape"), e.getMessage());
  }

  @Test
  void truncatedParametersAreReportedAsTruncated() throws IOException {
    Path dir = saved(ModelKind.VAE);
    Path params = dir.resolve(ModelStore.PARAMS);
    byte[] all = Files.readAllBytes(params);
    Files.write(params, java.util.Arrays.copyOf(all, all.length / 2));
    var e = assertThrows(ModelFormatException.class, () -> ModelStore.load(dir));
    assertTrue(e.getMessage().contains("model.params is truncated"), e.getMessage());
  }

  @Test
  void extraBytesAfterTheParametersAreReported() throws IOException {
    Path dir = saved(ModelKind.AE);
    Files.write(
        dir.resolve(ModelStore.PARAMS),
        new byte[] {1, 2, 3},
        java.nio.file.StandardOpenOption.APPEND);
    var e = assertThrows(ModelFormatException.class, () -> ModelStore.load(dir));
    assertTrue(e.getMessage().contains("data after the last parameter"), e.getMessage());
  }

  @Test
  void brokenMetadataNamesTheProblem() throws IOException {
    Path dir = saved(ModelKind.VAE);
    Path json = dir.resolve(ModelStore.METADATA);
    String good = Files.readString(json);
    Files.writeString(json, good.replace("\"latentDim\" : 2,", ""));
    assertTrue(
        assertThrows(ModelFormatException.class, () -> ModelStore.load(dir))
            .getMessage()
            .endsWith("missing field 'latentDim'"));
    Files.writeString(json, good.replace("\"formatVersion\" : 1", "\"formatVersion\" : 9"));
    assertTrue(
        assertThrows(ModelFormatException.class, () -> ModelStore.load(dir))
            .getMessage()
            .contains("format version 9"));
    Files.writeString(json, good.replace("\"kind\" : \"vae\"", "\"kind\" : \"gan\""));
    assertTrue(
        assertThrows(ModelFormatException.class, () -> ModelStore.load(dir))
            .getMessage()
            .contains("unknown model kind 'gan'"));
    Files.writeString(json, "{ not json");
    assertTrue(
        assertThrows(ModelFormatException.class, () -> ModelStore.load(dir))
            .getMessage()
            .contains("not valid JSON"));
  }

  @Test
  void aFolderWithoutAModelSaysWhatIsMissing() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    var e = assertThrows(ModelFormatException.class, () -> ModelStore.load(empty));
    assertTrue(e.getMessage().contains("latentlab.json is missing"), e.getMessage());
    assertThrows(
        java.nio.file.NoSuchFileException.class, () -> ModelStore.load(tmp.resolve("nope")));
  }

  @Test
  void savingReplacesAnOldModelAndLeavesNoTemporaryFolders() throws IOException {
    Path dir = saved(ModelKind.AE);
    try (AutoencoderModel m = AutoencoderModel.create(metadata(ModelKind.VAE, List.of(64, 32)))) {
      ModelStore.save(m, dir);
    }
    assertEquals(ModelKind.VAE, ModelStore.readMetadata(dir).spec().kind());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(dir), s.toList());
    }
  }

  @Test
  void aFailedSaveKeepsThePreviousModelIntact() throws IOException {
    Path dir = saved(ModelKind.AE);
    byte[] params = Files.readAllBytes(dir.resolve(ModelStore.PARAMS));
    AutoencoderModel closed = AutoencoderModel.create(metadata(ModelKind.VAE, List.of(64, 32)));
    closed.close(); // its weights are gone: writing them fails half-way
    assertThrows(RuntimeException.class, () -> ModelStore.save(closed, dir));
    assertArrayEquals(params, Files.readAllBytes(dir.resolve(ModelStore.PARAMS)));
    assertEquals(ModelKind.AE, ModelStore.readMetadata(dir).spec().kind());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(dir), s.toList(), "no temporary folder left behind");
    }
  }

  @Test
  void aSavedModelFolderIsReadableByOthersLikeAnyOtherFolder() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path shared =
        Files.createDirectories(tmp.resolve("shared")); // umask permissions, not @TempDir's
    Path dir = shared.resolve("model");
    try (AutoencoderModel m = AutoencoderModel.create(metadata(ModelKind.AE, List.of(64, 32)))) {
      ModelStore.save(m, dir);
    }
    var perms = Files.getPosixFilePermissions(dir);
    var parentPerms = Files.getPosixFilePermissions(shared);
    assertTrue(
        parentPerms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
        "this check needs a world-readable parent: " + parentPerms);
    assertEquals(
        parentPerms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
        perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
        "model folder " + perms + " vs its parent " + parentPerms);
  }

  @Test
  void refusesToOverwriteAFolderThatIsNotAModel() throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("thesis.tex"), "precious", StandardCharsets.UTF_8);
    try (AutoencoderModel m = AutoencoderModel.create(metadata(ModelKind.AE, List.of(64, 32)))) {
      var e = assertThrows(IOException.class, () -> ModelStore.save(m, docs));
      assertTrue(e.getMessage().contains("not a LatentLab model folder"), e.getMessage());
    }
    assertEquals("precious", Files.readString(docs.resolve("thesis.tex")));
    assertFalse(Files.exists(docs.resolve(ModelStore.PARAMS)));
  }

  private Path saved(ModelKind kind) throws IOException {
    Path dir = tmp.resolve("model-" + kind.id());
    try (AutoencoderModel m = AutoencoderModel.create(metadata(kind, List.of(64, 32)))) {
      ModelStore.save(m, dir);
    }
    return dir;
  }
}
