package org.latentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV a notebook reads: a header, then one row per image and model, numbers exact. */
class CodesCsvTest {
  @TempDir Path tmp;

  static final List<String> CLASSES = List.of("T-shirt/top", "Trouser, long", "say \"hi\"");

  static CodeTable ae() {
    return new CodeTable(
        "my AE",
        false,
        new int[] {0, 1},
        new int[] {1, 0},
        CLASSES,
        new float[][] {{-3.25f, 12.5f}, {0.1f, 1e-7f}},
        null);
  }

  static CodeTable vae() {
    return new CodeTable(
        "my VAE",
        true,
        new int[] {0, 1},
        new int[] {1, 2},
        CLASSES,
        new float[][] {{0.42f, -1.07f}, {2f, 3f}},
        new float[][] {{0.031f, 0.029f}, {1f, 0.5f}});
  }

  @Test
  void headerAndRowsForBothModels() throws Exception {
    StringWriter w = new StringWriter();
    CodesCsv.write(List.of(ae(), vae()), w);
    assertEquals(
        List.of(
            "index,label,class,model,kind,z1,z2,sigma1,sigma2",
            "0,1,\"Trouser, long\",my AE,ae,-3.25,12.5,,",
            "1,0,T-shirt/top,my AE,ae,0.1,1.0E-7,,",
            "0,1,\"Trouser, long\",my VAE,vae,0.42,-1.07,0.031,0.029",
            "1,2,\"say \"\"hi\"\"\",my VAE,vae,2.0,3.0,1.0,0.5"),
        w.toString().lines().toList());
  }

  @Test
  void everyNumberReadsBackToTheSameFloat() throws Exception {
    java.util.Random r = new java.util.Random(3);
    float[][] z = new float[50][3];
    for (float[] row : z) {
      for (int d = 0; d < 3; d++) {
        row[d] = (float) (r.nextGaussian() * Math.pow(10, r.nextInt(9) - 4));
      }
    }
    int[] idx = new int[50];
    int[] labels = new int[50];
    for (int i = 0; i < 50; i++) {
      idx[i] = i;
    }
    Path file = tmp.resolve("codes.csv");
    CodesCsv.write(List.of(new CodeTable("m", false, idx, labels, List.of("0"), z, null)), file);
    List<String> lines = Files.readAllLines(file);
    assertEquals(51, lines.size());
    for (int i = 0; i < 50; i++) {
      String[] f = lines.get(i + 1).split(",", -1);
      for (int d = 0; d < 3; d++) {
        assertEquals(z[i][d], Float.parseFloat(f[5 + d]), "row " + i + " z" + (d + 1));
      }
    }
  }

  @Test
  void modelsOfDifferentLatentSizesLeaveCellsEmpty() throws Exception {
    CodeTable three =
        new CodeTable(
            "3-D",
            false,
            new int[] {0},
            new int[] {0},
            CLASSES,
            new float[][] {{1f, 2f, 3f}},
            null);
    StringWriter w = new StringWriter();
    CodesCsv.write(List.of(three, vae()), w);
    List<String> lines = w.toString().lines().toList();
    assertEquals("index,label,class,model,kind,z1,z2,z3,sigma1,sigma2,sigma3", lines.get(0));
    assertEquals("0,0,T-shirt/top,3-D,ae,1.0,2.0,3.0,,,", lines.get(1));
    assertEquals("0,1,\"Trouser, long\",my VAE,vae,0.42,-1.07,,0.031,0.029,", lines.get(2));
  }
}
