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
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.latent.kinds.Sparsity;
import org.latentlab.testing.ModelFiles;

class ModelStoreTest {
  @TempDir Path tmp;

  /** Every kind's metadata; a DAE carries its noise and an SAE its sparsity penalty. */
  private static ModelMetadata metadata(ModelKind kind, List<Integer> hidden) {
    return new ModelMetadata(
        new ModelSpec(kind, 28, 28, hidden, 2),
        ClassNames.DIGITS,
        "test",
        1,
        1,
        new ModelMetadata.TrainingSummary(10, 1, 5, 1e-3, 7, 100, 5, 105, "2026-11-21T00:00:00Z"),
        kind == ModelKind.DAE ? Corruption.parse("salt-pepper:0.2") : null,
        kind == ModelKind.SAE ? Sparsity.parse("l1:1e-4") : null);
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
    ModelFiles.withoutChecksum(dir); // as saved before checksums: the shapes catch it
    Path params = dir.resolve(ModelStore.PARAMS);
    byte[] all = Files.readAllBytes(params);
    Files.write(params, java.util.Arrays.copyOf(all, all.length / 2));
    var e = assertThrows(ModelFormatException.class, () -> ModelStore.load(dir));
    assertTrue(e.getMessage().contains("model.params is truncated"), e.getMessage());
  }

  @Test
  void extraBytesAfterTheParametersAreReported() throws IOException {
    Path dir = saved(ModelKind.AE);
    ModelFiles.withoutChecksum(dir);
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
  void savingIntoAFolderKeepsEveryFileLatentLabDidNotWrite() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("project"));
    Files.writeString(dir.resolve("NOTES.txt"), "precious", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("figures"));
    Files.writeString(dir.resolve("figures/grid.png"), "png", StandardCharsets.UTF_8);
    for (ModelKind kind : ModelKind.values()) { // a first save, then a replacing one
      try (AutoencoderModel m = AutoencoderModel.create(metadata(kind, List.of(64, 32)))) {
        ModelStore.save(m, dir);
      }
      assertEquals(kind, ModelStore.readMetadata(dir).spec().kind());
      assertEquals(
          List.of("NOTES.txt", "figures", "latentlab.json", "model.params"), ModelFiles.names(dir));
    }
    assertEquals("precious", Files.readString(dir.resolve("NOTES.txt")));
    assertEquals("png", Files.readString(dir.resolve("figures/grid.png")));
    try (AutoencoderModel loaded = ModelStore.load(dir)) {
      ModelKind last = ModelKind.values()[ModelKind.values().length - 1];
      assertEquals(last, loaded.metadata().spec().kind());
    }
  }

  @Test
  void aFolderThatHoldsAModelIsNotReplacedUnlessAsked() throws IOException {
    Path dir = saved(ModelKind.VAE);
    var e = assertThrows(ModelExistsException.class, () -> ModelStore.checkSaveTarget(dir, false));
    assertEquals(dir + " already holds a model (VAE 784-64-32-2 trained on test)", e.getMessage());
    assertEquals(dir.toAbsolutePath(), ModelStore.checkSaveTarget(dir, true));

    Path looksLikeOne = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(looksLikeOne.resolve("data.csv"), "1,2\n");
    Files.writeString(looksLikeOne.resolve(ModelStore.METADATA), "");
    e =
        assertThrows(
            ModelExistsException.class, () -> ModelStore.checkSaveTarget(looksLikeOne, false));
    assertTrue(e.getMessage().endsWith("(its latentlab.json cannot be read)"), e.getMessage());
    assertEquals(List.of("data.csv", "latentlab.json"), ModelFiles.names(looksLikeOne));

    Path otherFiles = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(otherFiles.resolve("thesis.tex"), "precious");
    assertEquals(otherFiles.toAbsolutePath(), ModelStore.checkSaveTarget(otherFiles, false));
    assertEquals(List.of("thesis.tex"), ModelFiles.names(otherFiles));
  }

  @Test
  void aPlaceNoModelCanBeSavedIsNamedAsGivenBeforeAnyWork() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
    for (Path bad : new Path[] {Path.of("/proc/latentlab-model"), file.resolve("model"), file}) {
      var e = assertThrows(IOException.class, () -> ModelStore.checkSaveTarget(bad, true));
      assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
      assertFalse(e.getMessage().contains(".part"), e.getMessage());
    }
    Path fresh = tmp.resolve("a/b/model");
    assertEquals(fresh, ModelStore.checkSaveTarget(fresh, false));
    assertFalse(Files.exists(tmp.resolve("a")), "the check removes the folders it made");
  }

  @Test
  void aSaveKilledBetweenItsTwoRenamesLoadsAsTheNewModel() throws IOException {
    Path dir = saved(ModelKind.AE);
    Path next = tmp.resolve("next");
    try (AutoencoderModel m = AutoencoderModel.create(metadata(ModelKind.VAE, List.of(64, 32)))) {
      ModelStore.save(m, next);
    }
    // The state a kill after the first rename leaves: new parameters, old metadata, new pending.
    Files.copy(
        next.resolve(ModelStore.PARAMS),
        dir.resolve(ModelStore.PARAMS),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(next.resolve(ModelStore.METADATA), dir.resolve(".latentlab.json.part"));
    try (AutoencoderModel loaded = ModelStore.load(dir)) {
      assertEquals(ModelKind.VAE, loaded.metadata().spec().kind());
    }
    assertEquals(ModelKind.VAE, ModelStore.readMetadata(dir).spec().kind());

    try (AutoencoderModel m = AutoencoderModel.create(metadata(ModelKind.AE, List.of(64, 32)))) {
      ModelStore.save(m, dir);
    }
    assertEquals(List.of("latentlab.json", "model.params"), ModelFiles.names(dir));
    assertEquals(ModelKind.AE, ModelStore.readMetadata(dir).spec().kind());
  }

  @Test
  void leftoversOfEarlierSavesAreCleanedAndAnOldModelLeftAsideIsPutBack() throws IOException {
    Path dir = saved(ModelKind.AE);
    Files.createDirectories(tmp.resolve(".model-ae.saving-1f2e"));
    Files.writeString(tmp.resolve(".model-ae.saving-1f2e/model.params"), "half");
    Files.move(dir, tmp.resolve(".model-ae.old-123")); // killed after renaming the old model aside
    Files.writeString(tmp.resolve(".model-ae.old-123/NOTES.txt"), "mine");

    var e = assertThrows(ModelExistsException.class, () -> ModelStore.checkSaveTarget(dir, false));
    assertTrue(e.getMessage().contains("(AE 784-64-32-2 trained on test)"), e.getMessage());
    assertEquals(List.of("model-ae"), ModelFiles.names(tmp), "the old model is back in place");
    assertEquals("mine", Files.readString(dir.resolve("NOTES.txt")));

    Files.createDirectories(tmp.resolve(".model-ae.old-456"));
    Files.writeString(dir.resolve(".model.params.part"), "half");
    try (AutoencoderModel m = AutoencoderModel.create(metadata(ModelKind.VAE, List.of(64, 32)))) {
      ModelStore.save(m, dir);
    }
    assertEquals(List.of("model-ae"), ModelFiles.names(tmp));
    assertEquals(List.of("NOTES.txt", "latentlab.json", "model.params"), ModelFiles.names(dir));
  }

  @Test
  void parametersThatAreNotTheOnesSavedWithTheMetadataAreNamedAsDamaged() throws IOException {
    Path dir = saved(ModelKind.VAE);
    Path other = tmp.resolve("other");
    try (AutoencoderModel m = AutoencoderModel.create(metadata(ModelKind.VAE, List.of(64, 32)))) {
      ModelStore.save(m, other); // same architecture, other weights: the shapes cannot tell
    }
    Files.copy(
        other.resolve(ModelStore.PARAMS),
        dir.resolve(ModelStore.PARAMS),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String expected =
        dir.resolve(ModelStore.PARAMS)
            + " is damaged (checksum mismatch with latentlab.json); train again or restore it";
    assertEquals(
        expected,
        assertThrows(ModelFormatException.class, () -> ModelStore.load(dir)).getMessage());
    assertEquals(
        expected,
        assertThrows(ModelFormatException.class, () -> ModelStore.readMetadata(dir)).getMessage());
  }

  @Test
  void aDamagedFileIsNamedWithWhatToDo() throws IOException {
    Path dir = saved(ModelKind.VAE);
    Path json = dir.resolve(ModelStore.METADATA);
    String good = Files.readString(json);
    Files.write(json, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80});
    String damaged = json + " is damaged (not a text file); train again or restore it";
    assertEquals(
        damaged, assertThrows(ModelFormatException.class, () -> ModelStore.load(dir)).getMessage());
    assertEquals(
        damaged,
        assertThrows(ModelFormatException.class, () -> ModelStore.readMetadata(dir)).getMessage());

    Files.writeString(json, good);
    Path params = dir.resolve(ModelStore.PARAMS);
    byte[] bytes = Files.readAllBytes(params);
    bytes[9] ^= (byte) 0xe5;
    Files.write(params, bytes);
    assertEquals(
        params + " is damaged (checksum mismatch with latentlab.json); train again or restore it",
        assertThrows(ModelFormatException.class, () -> ModelStore.load(dir)).getMessage());
    ModelFiles.withoutChecksum(dir); // saved before checksums: DJL's complaint is not the message
    String message =
        assertThrows(ModelFormatException.class, () -> ModelStore.load(dir)).getMessage();
    assertTrue(
        message.startsWith(
            params + " is damaged or does not belong to latentlab.json (VAE 784-64-32-2: "),
        message);
    assertTrue(message.endsWith("); train again or restore it"), message);
    assertEquals(1, message.lines().count(), message);
  }

  @Test
  void metadataWithValuesNoTrainingRunCouldWriteIsRefused() throws IOException {
    Path dir = saved(ModelKind.VAE);
    Path json = dir.resolve(ModelStore.METADATA);
    String good = Files.readString(json);
    Files.writeString(json, good.replace("\"beta\" : 1.0", "\"beta\" : -1.0"));
    assertEquals(
        json + ": beta must be 0 or more, got -1.0 (the file is damaged)",
        assertThrows(ModelFormatException.class, () -> ModelStore.load(dir)).getMessage());
    Files.writeString(json, good.replace("\"learningRate\" : 0.001", "\"learningRate\" : 0"));
    assertTrue(
        assertThrows(ModelFormatException.class, () -> ModelStore.readMetadata(dir))
            .getMessage()
            .contains("learning rate must be positive"));
    Files.writeString(json, good);
    try (AutoencoderModel m = ModelStore.load(dir)) {
      assertEquals(1.0, m.metadata().beta());
    }
  }

  private Path saved(ModelKind kind) throws IOException {
    Path dir = tmp.resolve("model-" + kind.id());
    try (AutoencoderModel m = AutoencoderModel.create(metadata(kind, List.of(64, 32)))) {
      ModelStore.save(m, dir);
    }
    return dir;
  }
}
