package org.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.IdxWriter;
import org.latentlab.data.ImageSet;
import org.latentlab.testing.ModelFiles;
import org.latentlab.testing.TrainingData;

class CliTest {
  @TempDir Path tmp;

  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LatentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : new String[] {"train", "eval", "info"}) {
      Result r = run(cmd, "--help");
      assertEquals(0, r.exit(), cmd);
      assertTrue(r.out().contains("Usage: latentlab " + cmd), r.out());
    }
    assertTrue(run("--help").out().contains("train"));
  }

  @Test
  void aNetworkTooBigForThisMachineIsRefusedBeforeAnyTraining() {
    Path out = tmp.resolve("huge");
    Result r = run("train", "--kind", "vae", "--hidden", "65536,65536", "--out", out.toString());
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("784-65536-65536-2 VAE needs about"), r.err());
    assertTrue(r.err().contains("GB free"), r.err());
    assertFalse(java.nio.file.Files.exists(out.resolve("latentlab.json")), "nothing saved");
  }

  @Test
  void badArgumentsGiveOneLineAndExitTwo() {
    Result r = run("train", "--kind", "gan", "--out", tmp.resolve("m").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("latentlab: "), r.err());
    assertTrue(r.err().contains("gan"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());

    r =
        run(
            "train",
            "--kind",
            "vae",
            "--data",
            "nowhere-dataset",
            "--out",
            tmp.resolve("m").toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(Files.exists(tmp.resolve("m")));

    r = run("train", "--kind", "ae", "--kl-only", "--out", tmp.resolve("m").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--kl-only needs --kind vae"), r.err());
  }

  @Test
  void missingAndMalformedFilesAreNamed() throws Exception {
    Result r = run("info", "--model", tmp.resolve("absent").toString());
    assertEquals(2, r.exit());
    assertEquals("latentlab: no such file or folder: " + tmp.resolve("absent"), r.err().strip());

    Path model = trainSmall("vae");
    Path bad = tmp.resolve("bad-images.idx");
    Files.write(bad, new byte[] {0, 0, 8, 3, 0, 0});
    Path labels = writeIdx(TrainingData.fewHundred())[1];
    r =
        run(
            "eval",
            "--model",
            model.toString(),
            "--images",
            bad.toString(),
            "--labels",
            labels.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("bad-images.idx"), r.err());

    r =
        run(
            "eval",
            "--verbose",
            "--model",
            model.toString(),
            "--images",
            bad.toString(),
            "--labels",
            labels.toString());
    assertTrue(r.err().contains("\tat "), "--verbose shows the stack trace");
  }

  @Test
  void infoOnAFolderWithAnotherModelsWeightsSaysTheWeightsAreDamaged() throws Exception {
    Path mnist = trainSmall("vae");
    Path other = tmp.resolve("other");
    Result r =
        run(
            "train",
            "--kind",
            "vae",
            "--limit",
            "100",
            "--epochs",
            "1",
            "--hidden",
            "64,32",
            "--seed",
            "2",
            "--out",
            other.toString());
    assertEquals(0, r.exit(), r.err());
    Files.copy(
        other.resolve("model.params"),
        mnist.resolve("model.params"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path[] idx = writeIdx(TrainingData.fewHundred());
    String[][] commands = {
      {"info", "--model", mnist.toString()},
      {"eval", "--model", mnist.toString(), "--images", idx[0] + "", "--labels", idx[1] + ""}
    };
    for (String[] command : commands) {
      r = run(command);
      assertEquals(2, r.exit(), command[0]);
      assertEquals(
          "latentlab: "
              + mnist.resolve("model.params")
              + " is damaged (checksum mismatch with latentlab.json); train again or restore it",
          r.err().strip(),
          command[0]);
    }
  }

  @Test
  void trainInfoEvalRoundTrip() throws Exception {
    Path model = trainSmall("vae");
    Result info = run("info", "--model", model.toString());
    assertEquals(0, info.exit(), info.err());
    assertTrue(info.out().contains("variational autoencoder"), info.out());
    assertTrue(info.out().contains("784-64-32-2"), info.out());

    Path[] idx = writeIdx(TrainingData.fewHundred());
    Result eval =
        run(
            "eval",
            "--model",
            model.toString(),
            "--images",
            idx[0].toString(),
            "--labels",
            idx[1].toString(),
            "--json");
    assertEquals(0, eval.exit(), eval.err());
    JsonNode j = new ObjectMapper().readTree(eval.out());
    assertEquals("vae", j.get("kind").asText());
    assertEquals(2, j.get("latentDim").asInt());
    assertEquals(400, j.get("images").asInt());
    double rec = j.get("reconstruction").asDouble();
    double kl = j.get("kl").asDouble();
    assertTrue(rec > 0 && kl > 0, eval.out());
    assertEquals(rec + kl, j.get("negElbo").asDouble(), 1e-3);
  }

  @Test
  void trainingIntoAFolderKeepsTheUsersFilesAndReplacesAModelOnlyWithOverwrite() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("project"));
    Files.writeString(dir.resolve("NOTES.txt"), "keep me");
    Files.createDirectories(dir.resolve("figures"));
    Files.writeString(dir.resolve("figures/grid.png"), "png");
    String[] train = {
      "train",
      "--kind",
      "ae",
      "--limit",
      "100",
      "--epochs",
      "1",
      "--hidden",
      "32",
      "--out",
      dir.toString()
    };
    Result r = run(train);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Saved AE to " + dir), r.out());
    byte[] params = Files.readAllBytes(dir.resolve("model.params"));

    r = run(train);
    assertEquals(2, r.exit());
    assertEquals(
        "latentlab: "
            + dir
            + " already holds a model (AE 784-32-2 trained on mnist); add --overwrite to replace it",
        r.err().strip());
    assertTrue(r.out().isEmpty(), "refused before any training: " + r.out());
    assertArrayEquals(params, Files.readAllBytes(dir.resolve("model.params")));

    String[] replace = java.util.Arrays.copyOf(train, train.length + 1);
    replace[train.length] = "--overwrite";
    r = run(replace);
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        java.util.List.of("NOTES.txt", "figures", "latentlab.json", "model.params"),
        ModelFiles.names(dir));
    assertEquals("keep me", Files.readString(dir.resolve("NOTES.txt")));
    assertEquals("png", Files.readString(dir.resolve("figures/grid.png")));
  }

  @Test
  void aRunWhoseLossExplodesExitsOneAndLeavesTheGoodModelAlone() throws Exception {
    Path model = trainSmall("vae");
    byte[] params = Files.readAllBytes(model.resolve("model.params"));
    byte[] meta = Files.readAllBytes(model.resolve("latentlab.json"));
    Result r =
        run(
            "train",
            "--kind",
            "vae",
            "--limit",
            "300",
            "--epochs",
            "2",
            "--hidden",
            "64,32",
            "--lr",
            "9",
            "--overwrite",
            "--out",
            model.toString());
    assertEquals(1, r.exit(), r.err());
    String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
    assertTrue(last.startsWith("latentlab: the loss exploded to "), r.err());
    assertTrue(last.endsWith("nothing was saved (try a lower learning rate)"), r.err());
    assertTrue(r.out().isEmpty(), r.out());
    assertArrayEquals(params, Files.readAllBytes(model.resolve("model.params")));
    assertArrayEquals(meta, Files.readAllBytes(model.resolve("latentlab.json")));
  }

  @Test
  void somethingThatLooksLikeAModelIsNotReplacedSilently() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(dir.resolve("data.csv"), "1,2\n");
    Files.writeString(dir.resolve("latentlab.json"), "");
    Result r =
        run("train", "--kind", "ae", "--limit", "100", "--epochs", "1", "--out", dir.toString());
    assertEquals(2, r.exit());
    assertEquals(
        "latentlab: "
            + dir
            + " already holds a model (its latentlab.json cannot be read); add --overwrite to"
            + " replace it",
        r.err().strip());
    assertEquals("1,2\n", Files.readString(dir.resolve("data.csv")));
    assertEquals("", Files.readString(dir.resolve("latentlab.json")));
  }

  @Test
  void anImpossibleOutIsRefusedBeforeTrainingNamingThePathGiven() {
    Result r =
        run("train", "--kind", "vae", "--limit", "100", "--epochs", "1", "--out", "/proc/my-vae");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("latentlab: cannot save a model to /proc/my-vae: "), r.err());
    assertFalse(r.err().contains("Training "), "no training started: " + r.err());
  }

  @Test
  void betaAndKlOnlySwitchesTrainTheUnregularizedAndTheCollapsedSpaces() throws Exception {
    JsonNode normal = trainJson("vae-b1");
    JsonNode free = trainJson("vae-b0", "--beta", "0");
    JsonNode klOnly = trainJson("vae-kl", "--kl-only");
    assertTrue(
        free.get("kl").asDouble() > 1.5 * normal.get("kl").asDouble(),
        "β = 0 lets the KL grow: " + free + " vs " + normal);
    assertEquals(
        free.get("reconstruction").asDouble(),
        free.get("total").asDouble(),
        1e-3,
        "β = 0: the objective is the reconstruction alone");
    assertTrue(klOnly.get("kl").asDouble() < 0.3 * normal.get("kl").asDouble(), klOnly.toString());
    assertEquals(
        klOnly.get("kl").asDouble(),
        klOnly.get("total").asDouble(),
        1e-3,
        "KL only: the objective is the KL alone");
    assertTrue(
        klOnly.get("reconstruction").asDouble() > normal.get("reconstruction").asDouble() + 30,
        klOnly + " vs " + normal);

    assertTrue(
        run("info", "--model", tmp.resolve("vae-b0").toString())
            .out()
            .contains("Loss       reconstruction + 0.0 x KL"));
    assertTrue(
        run("info", "--model", tmp.resolve("vae-kl").toString())
            .out()
            .contains("Loss       KL only (reconstruction weight 0)"));
    Result bad =
        run("train", "--kind", "vae", "--beta", "-1", "--out", tmp.resolve("x").toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("beta must be 0 or more"), bad.err());
  }

  private JsonNode trainJson(String name, String... extra) throws Exception {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "train",
                "--kind",
                "vae",
                "--data",
                "mnist",
                "--limit",
                "400",
                "--epochs",
                "4",
                "--batch",
                "32",
                "--hidden",
                "64,32",
                "--json",
                "--out",
                tmp.resolve(name).toString()));
    args.addAll(java.util.List.of(extra));
    Result r = run(args.toArray(new String[0]));
    assertEquals(0, r.exit(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  private Path trainSmall(String kind) {
    Path out = tmp.resolve("model-" + kind);
    Result r =
        run(
            "train",
            "--kind",
            kind,
            "--data",
            "mnist",
            "--limit",
            "300",
            "--epochs",
            "2",
            "--hidden",
            "64,32",
            "--out",
            out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Saved " + kind.toUpperCase()), r.out());
    return out;
  }

  private Path[] writeIdx(ImageSet set) throws Exception {
    Path images = tmp.resolve("images.idx.gz");
    Path labels = tmp.resolve("labels.idx.gz");
    IdxWriter.write(set, images, labels);
    return new Path[] {images, labels};
  }
}
