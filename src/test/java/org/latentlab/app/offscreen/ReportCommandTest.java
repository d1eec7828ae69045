package org.latentlab.app.offscreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.cli.LatentLabCli;
import org.latentlab.data.IdxWriter;
import org.latentlab.testing.TrainingData;

/**
 * {@code latentlab report} on small models trained here (so it runs without the bundled ones): the
 * table, the JSON the issue asks for, the figure, repeatability, and one-line errors.
 */
class ReportCommandTest {
  @TempDir static Path models;
  @TempDir Path tmp;
  private static Path ae;
  private static Path vae;
  private static Path classifier;
  private static Path images;
  private static Path labels;

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        LatentLabCli.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            List.of(new ReportCommand()),
            args);
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void trainSmallModels() throws Exception {
    ae = models.resolve("ae");
    vae = models.resolve("vae");
    classifier = models.resolve("classifier");
    for (String kind : new String[] {"ae", "vae"}) {
      Result r =
          run(
              "train",
              "--kind",
              kind,
              "--limit",
              "300",
              "--epochs",
              "2",
              "--hidden",
              "64,32",
              "--out",
              models.resolve(kind).toString());
      assertEquals(0, r.exit(), r.err());
    }
    Result r =
        run(
            "train-classifier",
            "--limit",
            "300",
            "--epochs",
            "2",
            "--filters",
            "4",
            "--hidden",
            "16",
            "--out",
            classifier.toString());
    assertEquals(0, r.exit(), r.err());
    images = models.resolve("images.gz");
    labels = models.resolve("labels.gz");
    IdxWriter.write(TrainingData.fewHundred().head(240), images, labels);
  }

  private static String[] report(String... extra) {
    String[] base = {
      "report",
      "--ae",
      ae.toString(),
      "--vae",
      vae.toString(),
      "--images",
      images.toString(),
      "--labels",
      labels.toString(),
      "--classifier",
      classifier.toString()
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void jsonHoldsBothModelsScoresAndRepeatsExactly() throws Exception {
    Result r = run(report("--json"));
    assertEquals(0, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(240, j.get("images").asInt());
    for (String side : new String[] {"ae", "vae"}) {
      JsonNode s = j.get(side);
      for (String key : new String[] {"completeness", "holeFraction", "labelChanges"}) {
        double v = s.get(key).asDouble();
        assertTrue(v >= 0 && (key.equals("labelChanges") || v <= 1), side + "." + key + " " + v);
      }
      assertTrue(s.get("continuityRatio").asDouble() >= 1, r.out());
      assertTrue(s.get("reconstruction").asDouble() > 0, r.out());
    }
    for (String side : new String[] {"ae", "vae"}) {
      JsonNode samples = j.get(side).get("fittedSamples");
      assertEquals(3, samples.get("k").asInt());
      for (String space : new String[] {"features", "pixels"}) {
        for (String key : new String[] {"precision", "recall", "coverage"}) {
          double v = samples.get(space).get(key).asDouble();
          assertTrue(v >= 0 && v <= 1, side + "." + space + "." + key + " " + v);
        }
      }
      assertEquals(10, samples.get("classBalance").get("histogram").size());
      assertTrue(samples.get("classBalance").get("kl").asDouble() >= 0);
      double off = j.get(side).get("offManifold").asDouble();
      assertTrue(off >= 0 && off <= 1, side + ".offManifold " + off);
    }
    assertNull(j.get("ae").get("priorSamples"), "an autoencoder has no prior to sample");
    assertTrue(j.get("vae").get("priorSamples").get("features").has("density"));
    assertNull(j.get("ae").get("completenessPrior"), "an autoencoder has no prior");
    double prior = j.get("vae").get("completenessPrior").asDouble();
    assertTrue(prior >= 0 && prior <= 1);
    assertEquals(r.out(), run(report("--json")).out(), "seeded: the same numbers again");
    assertFalse(r.out().equals(run(report("--json", "--seed", "2")).out()), "another seed");
  }

  @Test
  void tableAndFigure() throws Exception {
    Path png = tmp.resolve("figures/report.png");
    Result r = run(report("--png", png.toString()));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("hole fraction"), r.out());
    assertTrue(r.out().contains("completeness (prior N(0, I)"), r.out());
    assertTrue(r.out().contains("fitted Gaussian: precision (features)"), r.out());
    assertTrue(r.out().contains("prior N(0, I): coverage (pixels)"), r.out());
    assertTrue(r.out().contains("off-manifold cells"), r.out());
    assertTrue(r.out().contains("feature vectors scored in"), r.out());
    assertTrue(r.out().contains("Wrote " + png), r.out());
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(org.latentlab.ui.holes.QualityFigure.WIDTH, img.getWidth());
    assertEquals(org.latentlab.ui.holes.QualityFigure.HEIGHT, img.getHeight());
    Files.copy(
        png,
        Path.of("target", "report-small.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aKlOnlyVaesCollapsedDecoderIsNamedInsteadOfScored() throws Exception {
    Path klOnly = tmp.resolve("kl-only");
    Result trained =
        run(
            "train",
            "--kind",
            "vae",
            "--kl-only",
            "--limit",
            "300",
            "--epochs",
            "2",
            "--hidden",
            "64,32",
            "--out",
            klOnly.toString());
    assertEquals(0, trained.exit(), trained.err());
    // The bundled AE learnt for 30 epochs; the small one trained here barely varies either.
    String[] args = report("--json");
    args[2] = Path.of("models", "mnist-ae").toString();
    args[4] = klOnly.toString();
    Result r = run(args);
    assertEquals(0, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    System.out.printf(
        "decoder spread: bundled AE %.4f, KL-only VAE %.5f%n",
        j.get("ae").get("decoderSpread").asDouble(), j.get("vae").get("decoderSpread").asDouble());
    assertFalse(j.get("ae").get("collapsed").asBoolean(), r.out());
    assertTrue(j.get("vae").get("collapsed").asBoolean(), r.out());

    args = report();
    args[2] = Path.of("models", "mnist-ae").toString();
    args[4] = klOnly.toString();
    r = run(args);
    assertTrue(r.out().contains("the VAE's decoder collapsed"), r.out());
    assertFalse(r.out().contains("the AE's decoder collapsed"), r.out());
  }

  /** The small VAE relabelled as trained on other data (its metadata's "dataset"). */
  private Path fashionLike() throws java.io.IOException {
    Path copy = tmp.resolve("vae-other");
    Files.createDirectories(copy);
    for (String f : new String[] {"model.params", "latentlab.json"}) {
      Files.copy(vae.resolve(f), copy.resolve(f));
    }
    Path meta = copy.resolve("latentlab.json");
    Files.writeString(
        meta,
        Files.readString(meta).replace("\"dataset\" : \"mnist\"", "\"dataset\" : \"elsewhere\""));
    return copy;
  }

  @Test
  void badArgumentsGiveOneLineAndExitTwo() throws Exception {
    Result r =
        run(
            "report",
            "--ae",
            vae.toString(),
            "--vae",
            vae.toString(),
            "--images",
            images.toString(),
            "--labels",
            labels.toString(),
            "--classifier",
            classifier.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("is a VAE"), r.err());

    r =
        run(
            "report",
            "--ae",
            ae.toString(),
            "--vae",
            vae.toString(),
            "--images",
            images.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--labels"), r.err());

    r = run(report("--limit", "1"));
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("latentlab: --limit"), r.err());

    r =
        run(
            "report",
            "--ae",
            ae.toString(),
            "--vae",
            vae.toString(),
            "--images",
            tmp.resolve("absent.gz").toString(),
            "--labels",
            labels.toString(),
            "--classifier",
            classifier.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("absent.gz"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());

    r =
        run(
            "report",
            "--ae",
            ae.toString(),
            "--vae",
            vae.toString(),
            "--images",
            images.toString(),
            "--labels",
            labels.toString(),
            "--classifier",
            ae.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("not a classifier"), r.err());

    r =
        run(
            "report",
            "--ae",
            ae.toString(),
            "--vae",
            fashionLike().toString(),
            "--images",
            images.toString(),
            "--labels",
            labels.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("trained on different data"), r.err());
  }
}
