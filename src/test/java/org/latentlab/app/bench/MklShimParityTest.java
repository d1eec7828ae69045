package org.latentlab.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.model.MklShim;

/**
 * MKL's vector kernels change rounding, not results: the same seeded training steps in two child
 * JVMs, one with the vendor shim on (the default here) and one with {@code --no-mkl-shim}, give the
 * same loss at every step within 1e-3 relative.
 */
class MklShimParityTest {

  @Test
  void sameSeededStepsGiveTheSameLossesWithTheShimOnAndOff(@TempDir Path dir) throws Exception {
    JsonNode on = train(dir, "on", List.of("-D" + MklShim.PROPERTY + "=on"));
    JsonNode off = train(dir, "off", List.of());
    assertTrue(off.get("mklCodePath").asText().contains("generic"), off.toString());
    if (MklShim.status().on()) {
      assertFalse(on.get("mklCodePath").asText().contains("generic"), on.toString());
    }
    List<String> a = Files.readAllLines(dir.resolve("on.csv"));
    List<String> b = Files.readAllLines(dir.resolve("off.csv"));
    assertEquals(a.size(), b.size(), "both ran the same steps");
    assertTrue(a.size() > 8, "a header and at least eight steps: " + a.size());
    for (int i = 1; i < a.size(); i++) {
      String[] x = a.get(i).split(",");
      String[] y = b.get(i).split(",");
      for (int col = x.length - 3; col < x.length; col++) { // reconstruction, kl, total
        double p = Double.parseDouble(x[col]);
        double q = Double.parseDouble(y[col]);
        assertEquals(p, q, 1e-3 * Math.abs(q), "step " + i + ", column " + col + ": " + a.get(i));
      }
    }
  }

  private static JsonNode train(Path dir, String name, List<String> jvm) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "train",
                "--kind",
                "vae",
                "--data",
                "mnist",
                "--limit",
                "640",
                "--epochs",
                "2",
                "--seed",
                "3",
                "--threads",
                "1",
                "--loss-csv",
                dir.resolve(name + ".csv").toString(),
                "--out",
                dir.resolve(name).toString(),
                "--json"));
    if (name.equals("off")) {
      args.add("--no-mkl-shim");
    }
    return ChildRuns.latentlab(jvm, args.toArray(String[]::new)).orThrow().lastJson();
  }
}
