package org.latentlab.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.cli.LatentLabCli;

/**
 * The benchmark runs end to end on a tiny setting and reports every measurement it promises. It
 * asserts what was measured, never how fast: speed targets live in the printed numbers.
 */
class BenchCommandTest {

  @Test
  void quickBenchmarkMeasuresEverySectionAndEndsWithOneJsonLine() throws Exception {
    assumeTrue(
        getClass().getResource("/models/mnist-vae/latentlab.json") != null,
        "bundled models not built into the class path");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        LatentLabCli.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            List.of(new BenchCommand()),
            "bench",
            "--quick");
    assertEquals(0, code, err.toString());
    String[] lines = out.toString().strip().split("\n");
    JsonNode j = new ObjectMapper().readTree(lines[lines.length - 1]);
    for (String field :
        List.of(
            "decodeMedianUs",
            "decodeP99Us",
            "grid400Ms",
            "clickToImageMedianMs",
            "clickToImageP99Ms",
            "redraw10kMs",
            "trainEpochSeconds")) {
      assertTrue(j.get(field).isNumber() && j.get(field).asDouble() > 0, field + " in " + j);
    }
    for (String field : List.of("redraw60kMs", "startupSeconds", "negElbo20", "rssMb")) {
      assertTrue(j.has(field), "the JSON names " + field + " even when it was not measured");
    }
    assertTrue(j.get("dragImagesShown").asInt() > 0, "the drag showed decoded images");
    assertTrue(j.get("decodeP99Us").asDouble() >= j.get("decodeMedianUs").asDouble());
    assertTrue(out.toString().contains("mouse event -> image on screen"), "the table is printed");
    // The memory line names the decodes made (--quick makes 2,000), not a fixed 100,000.
    assertEquals(2000, j.get("guiDecodes").asInt());
    assertTrue(out.toString().contains("after 2,000 more decodes (MB)"), out.toString());
    // The Train tab ran beside train (one round) and its memory was read around the run.
    assertTrue(j.get("trainTabEpochSeconds").asDouble() > 0, "Train tab timed: " + j);
    assertTrue(j.get("trainTabCliEpochSeconds").asDouble() > 0, "train timed beside it: " + j);
    assertEquals(1, j.get("trainTabRssAfterMb").size(), "memory read after the run: " + j);
  }
}
