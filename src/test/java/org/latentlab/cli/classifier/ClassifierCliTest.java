package org.latentlab.cli.classifier;

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
import org.latentlab.cli.LatentLabCli;
import org.latentlab.data.IdxWriter;
import org.latentlab.testing.TrainingData;

/** {@code train-classifier}, and {@code eval} and {@code info} on a classifier folder. */
class ClassifierCliTest {
  @TempDir Path tmp;

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LatentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void trainEvalInfoRoundTrip() throws Exception {
    Path model = tmp.resolve("classifier");
    Result r =
        run(
            "train-classifier",
            "--limit",
            "300",
            "--epochs",
            "5",
            "--batch",
            "32",
            "--lr",
            "3e-3",
            "--filters",
            "none",
            "--hidden",
            "32",
            "--validation",
            "60",
            "--json",
            "--out",
            model.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode train = new ObjectMapper().readTree(r.out());
    assertEquals("784-32-10", train.get("architecture").asText());
    assertEquals(240, train.get("trainImages").asInt());
    assertTrue(train.get("validationAccuracy").isNumber(), r.out());
    assertTrue(r.err().contains("held-out"), "per-epoch progress on stderr: " + r.err());

    Path images = tmp.resolve("i.gz");
    Path labels = tmp.resolve("l.gz");
    IdxWriter.write(TrainingData.fewHundred(), images, labels);
    r =
        run(
            "eval",
            "--model",
            model.toString(),
            "--images",
            images.toString(),
            "--labels",
            labels.toString(),
            "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode eval = new ObjectMapper().readTree(r.out());
    assertEquals("classifier", eval.get("kind").asText());
    assertEquals(400, eval.get("images").asInt());
    double accuracy = eval.get("accuracy").asDouble();
    assertTrue(accuracy > 0.5 && accuracy <= 1, r.out());
    assertEquals(10, eval.get("classAccuracy").size());

    r = run("info", "--model", model.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("image classifier"), r.out());
    assertTrue(r.out().contains("784-32-10"), r.out());
    assertTrue(r.out().contains("held-out"), r.out());
  }

  @Test
  void badOptionsGiveOneLineAndExitTwo() throws Exception {
    Result r = run("train-classifier", "--filters", "8,x", "--out", tmp.resolve("c").toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("--filters"), r.err());
    assertFalse(Files.exists(tmp.resolve("c")));

    r =
        run(
            "train-classifier",
            "--limit",
            "50",
            "--validation",
            "50",
            "--out",
            tmp.resolve("c").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("leaves nothing to train on"), r.err());

    r = run("train-classifier", "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("Usage: latentlab train-classifier"), r.out());
  }
}
