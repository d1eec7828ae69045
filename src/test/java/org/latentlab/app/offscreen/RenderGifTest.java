package org.latentlab.app.offscreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentlab.cli.LatentLabCli;
import org.latentlab.testing.GifFiles;

/** {@code latentlab render --gif}: the window's animations as looping GIFs, without a window. */
class RenderGifTest {
  @TempDir Path tmp;

  @BeforeAll
  static void bundledModelsArePresent() {
    assumeTrue(
        RenderGifTest.class.getResource("/models/mnist-vae/latentlab.json") != null,
        "bundled models not built into the class path");
  }

  private record Result(int exit, String out, String err) {}

  private static Result render(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "render";
    System.arraycopy(args, 0, all, 1, args.length);
    int code =
        LatentLabCli.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            List.of(new RenderCommand()),
            all);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void theInterpolationLoopsAtTheAskedRateAndANameGetsItsExtension() throws Exception {
    Path named = tmp.resolve("walk");
    Result r =
        render(
            "--view",
            "interpolation",
            "--select",
            "1,2",
            "--gif",
            named.toString(),
            "--frames",
            "8",
            "--fps",
            "12",
            "--width",
            "310");
    assertEquals(0, r.exit(), r.err());
    Path gif = tmp.resolve("walk.gif");
    assertEquals(
        "Wrote "
            + gif
            + " (310x295, 8 frames at 8/100 s a frame, 12.5 fps, looping;"
            + " 8 frames from image 1 to image 2 in both models)",
        r.out().strip());
    GifFiles.Gif g = GifFiles.read(gif);
    assertEquals(8, g.frames());
    assertEquals(310, g.width());
    assertEquals(295, g.height());
    assertEquals(Collections.nCopies(8, 8), g.delays());
    assertTrue(g.loopsForever());
    try (var files = Files.list(tmp)) {
      assertEquals(List.of(gif), files.toList(), "no part file, no file without the extension");
    }
    Files.copy(
        gif,
        Path.of("target", "render-interpolation.gif"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theFanAndABundledTrainingRun() throws Exception {
    Path fan = tmp.resolve("fan.gif");
    Result r = render("--view", "fan", "--select", "3", "--gif", fan.toString(), "--frames", "3");
    assertEquals(0, r.exit(), r.err());
    GifFiles.Gif g = GifFiles.read(fan);
    assertEquals(3, g.frames());
    assertEquals(760, g.width(), "the figure's own width");
    assertEquals(List.of(50, 50, 50), g.delays(), "the fan's default: 2 fps");

    Path run = tmp.resolve("run.gif");
    r =
        render(
            "--view",
            "training",
            "--run",
            "kl-only-from-vae",
            "--gif",
            run.toString(),
            "--frames",
            "4",
            "--width",
            "280");
    assertEquals(0, r.exit(), r.err());
    g = GifFiles.read(run);
    assertEquals(4, g.frames());
    assertEquals(280, g.width());
    assertEquals(List.of(13, 13, 13, 13), g.delays(), "the replay's default: 8 fps");
    assertTrue(r.out().contains("4 of the run's 42 snapshots"), r.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--fps 0 | --fps must be between 1 and 50, got 0",
        "--frames 100000 | --frames must be between 2 and 300 for a GIF, got 100000",
        "--width 50 | --width must be between 120 and 3840 pixels for a GIF, got 50",
        "--height 400 | --height does not go with --gif: the frame's height follows --width",
        "--view explorer | --gif animates --view interpolation, fan or training, not explorer",
        "--select 1 | --view interpolation needs two images: --select A,B",
        "--run beta-1 | --run goes with --view training",
        "--models digits | --models must be mnist or fashion, not 'digits'",
      })
  void aBadRequestIsOneLineAndWritesNothing(String option, String message) throws Exception {
    String[] extra = option.split(" ");
    List<String> args = new java.util.ArrayList<>();
    if (!option.startsWith("--view")) {
      args.addAll(List.of("--view", "interpolation"));
    }
    if (!option.startsWith("--select")) {
      args.addAll(List.of("--select", "1,2"));
    }
    args.addAll(List.of(extra));
    args.addAll(List.of("--gif", tmp.resolve("bad.gif").toString()));
    Result r = render(args.toArray(String[]::new));
    assertEquals(2, r.exit(), r.out());
    assertEquals("latentlab: " + message, r.err().strip());
    try (var files = Files.list(tmp)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void anUnwritablePlaceAndAMissingRunAreOneLine() throws Exception {
    Path blocked = Files.writeString(tmp.resolve("a-file"), "not a folder");
    Result r = render("--view", "training", "--gif", blocked.resolve("x.gif").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("latentlab: cannot write " + blocked.resolve("x.gif")), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    r = render("--view", "training", "--run", "beta-7", "--gif", tmp.resolve("x.gif").toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("beta-7"), r.err());
    assertTrue(Files.notExists(tmp.resolve("x.gif")));
    r = render("--view", "fan", "--select", "3", "--out", tmp.resolve("x.png").toString());
    assertEquals("latentlab: --view fan is an animation: give --gif FILE", r.err().strip());
  }
}
