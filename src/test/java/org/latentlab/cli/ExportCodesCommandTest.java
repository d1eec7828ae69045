package org.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.BundledMnist;
import org.latentlab.data.ImageSet;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.latent.vae.Posterior;

/** {@code latentlab export-codes}: the bundled models' codes of the first images, as CSV. */
class ExportCodesCommandTest {
  @TempDir Path tmp;

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LatentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void bothBundledModelsRowsMatchTheirEncoders() throws Exception {
    assumeTrue(getClass().getResource("/models/mnist-vae/latentlab.json") != null);
    Path csv = tmp.resolve("codes");
    Result r =
        run(
            "export-codes",
            "--model",
            "mnist-ae,mnist-vae",
            "--limit",
            "30",
            "--out",
            csv.toString());
    assertEquals(0, r.exit(), r.err());
    Path file = tmp.resolve("codes.csv");
    assertEquals(
        "Wrote "
            + file
            + ": 60 rows (30 images of MNIST (bundled 10k) \u00d7 2 models),"
            + " 2 latent dimensions",
        r.out().strip());
    List<String> lines = Files.readAllLines(file);
    assertEquals("index,label,class,model,kind,z1,z2,sigma1,sigma2", lines.get(0));
    assertEquals(61, lines.size());
    ImageSet digits = BundledMnist.load().head(30);
    try (LatentModel ae = LatentModels.openBundled("mnist-ae");
        LatentModel vae = LatentModels.openBundled("mnist-vae")) {
      float[][] z = ae.encode(digits.imageRows(0, 30));
      Posterior[] q = vae.encodePosterior(digits.imageRows(0, 30));
      for (int i = 0; i < 30; i++) {
        String[] a = lines.get(1 + i).split(",", -1);
        assertEquals(
            List.of("" + i, "" + digits.label(i), "" + digits.label(i), "MNIST AE", "ae"),
            List.of(a).subList(0, 5));
        assertEquals(z[i][0], Float.parseFloat(a[5]));
        assertEquals(z[i][1], Float.parseFloat(a[6]));
        assertEquals("", a[7]);
        String[] v = lines.get(31 + i).split(",", -1);
        assertEquals("MNIST VAE", v[3]);
        assertEquals(q[i].mu()[0], Float.parseFloat(v[5]), 1e-6);
        assertEquals(q[i].sigma()[1], Float.parseFloat(v[8]), 1e-6);
      }
    }
  }

  @Test
  void badInputIsOneLineAndWritesNothing() throws Exception {
    Path blocked = Files.writeString(tmp.resolve("a-file"), "x");
    Result r =
        run("export-codes", "--model", "mnist-ae", "--out", blocked.resolve("c.csv").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("latentlab: cannot write " + blocked.resolve("c.csv")), r.err());
    assertEquals(1, r.err().lines().count());
    r =
        run(
            "export-codes",
            "--model",
            "mnist-ae",
            "--limit",
            "0",
            "--out",
            tmp.resolve("c.csv").toString());
    assertEquals("latentlab: --limit must be at least 1, got 0", r.err().strip());
    r = run("export-codes", "--model", "no-such-model", "--out", tmp.resolve("c.csv").toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    try (var files = Files.list(tmp)) {
      assertEquals(List.of(blocked), files.toList());
    }
  }
}
