package org.latentlab.app.offscreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.cli.LatentLabCli;

/** {@code latentlab render} draws the explorer's views into PNG files without a window. */
class RenderCommandTest {
  @TempDir Path tmp;

  @BeforeAll
  static void bundledModelsArePresent() {
    assumeTrue(
        RenderCommandTest.class.getResource("/models/mnist-vae/latentlab.json") != null,
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
  void explorerFigureHasTheRequestedSizeAndShowsManyColours() throws Exception {
    Path png = tmp.resolve("explorer.png");
    Result r =
        render("--select", "3,8", "--width", "1400", "--height", "900", "--out", png.toString());
    assertEquals(0, r.exit(), r.err());
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1400, img.getWidth());
    assertEquals(900, img.getHeight());
    assertTrue(distinctColours(img) > 500, "a figure with planes, digits and text, not a blank");
    Files.copy(
        png,
        Path.of("target", "render-explorer.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aLessonBecomesOneSlidePerSceneAndABrokenOneIsOneLine() throws Exception {
    org.latentlab.lesson.Lesson bundled =
        org.latentlab.lesson.Lessons.bundled(org.latentlab.lesson.Lessons.AE_TO_VAE);
    Path lesson = tmp.resolve("two.json");
    org.latentlab.lesson.Lessons.save(
        new org.latentlab.lesson.Lesson("Two", bundled.scenes().subList(2, 4)), lesson);
    Path slides = tmp.resolve("slides");
    Result r = render("--lesson", lesson.toString(), "--out", slides.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Wrote 2 slides"), r.out());
    try (var files = Files.list(slides)) {
      assertEquals(2, files.count());
    }
    BufferedImage first = ImageIO.read(slides.resolve("scene-01.png").toFile());
    assertEquals(1920, first.getWidth());
    assertEquals(1080, first.getHeight());
    assertTrue(distinctColours(first) > 500, "the Information tab and the caption, not a blank");
    Files.copy(
        slides.resolve("scene-01.png"),
        Path.of("target", "render-lesson-information.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        slides.resolve("scene-02.png"),
        Path.of("target", "render-lesson-scene.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Path broken = tmp.resolve("broken.json");
    Files.writeString(broken, "{\"format\":\"latentlab-lesson\",\"version\":1,\"title\":\"x\"}");
    r = render("--lesson", broken.toString(), "--out", tmp.resolve("none").toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("'scenes' must be a list of scenes"), r.err());
    assertFalse(Files.exists(tmp.resolve("none")), "nothing drawn for a broken lesson");
  }

  @Test
  void aFolderOrAnUnwritablePlaceAsOutIsOneLineBeforeAnyDrawing() throws Exception {
    Result folder = render("--out", tmp.toString());
    assertEquals(2, folder.exit());
    assertEquals("latentlab: " + tmp + " is a folder; name a .png file to write\n", folder.err());
    Path blocked = Files.writeString(tmp.resolve("a-file"), "not a folder");
    Result under = render("--out", blocked.resolve("x.png").toString());
    assertEquals(2, under.exit());
    assertTrue(
        under.err().startsWith("latentlab: cannot write " + blocked.resolve("x.png")), under.err());
    assertEquals(1, under.err().lines().count(), under.err());
  }

  @Test
  void aWrittenPngLeavesNoPartFileAndIsReadableByOthers() throws Exception {
    Path png = tmp.resolve("sub").resolve("explorer.png");
    assertEquals(0, render("--width", "800", "--height", "600", "--out", png.toString()).exit());
    try (var files = Files.list(png.getParent())) {
      assertEquals(List.of(png), files.toList());
    }
    if (png.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertTrue(
          Files.getPosixFilePermissions(png)
              .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
    }
  }

  @Test
  void gridAndInterpolationFigures() throws Exception {
    Path grid = tmp.resolve("grid.png");
    assertEquals(
        0, render("--view", "grid", "--grid", "6", "--gaussian", "--out", grid.toString()).exit());
    assertTrue(distinctColours(ImageIO.read(grid.toFile())) > 100);

    Path strip = tmp.resolve("interp.png");
    Result r =
        render(
            "--view",
            "interpolation",
            "--select",
            "3,8",
            "--frames",
            "6",
            "--slerp",
            "--out",
            strip.toString());
    assertEquals(0, r.exit(), r.err());
    BufferedImage img = ImageIO.read(strip.toFile());
    assertTrue(img.getWidth() > img.getHeight(), "a strip is wider than tall");
    assertTrue(r.out().startsWith("Wrote " + strip), r.out());
  }

  @Test
  void badRequestsGiveOneLineAndExitTwo() {
    Result r =
        render(
            "--view", "interpolation", "--select", "3", "--out", tmp.resolve("x.png").toString());
    assertEquals(2, r.exit());
    assertEquals("latentlab: --view interpolation needs two images: --select A,B", r.err().strip());
    r = render("--select", "99999", "--out", tmp.resolve("y.png").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("99999 is outside 0..9999"), r.err());
    assertTrue(Files.notExists(tmp.resolve("y.png")));
  }

  @Test
  void theInformationTabIsDrawnFromAPresetOrGivenValuesWithoutModels() throws Exception {
    Path png = tmp.resolve("information.png");
    Result r =
        render(
            "--view",
            "information",
            "--preset",
            "sunrise-eclipse",
            "--gaussians",
            "0.5,0.8,0,1",
            "--width",
            "1700",
            "--height",
            "1000",
            "--out",
            png.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("Wrote " + png + " (1700x1000, information view)", r.out().strip());
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1700, img.getWidth());
    assertEquals(1000, img.getHeight());
    assertTrue(distinctColours(img) > 200, "bars, curves and numbers, not a blank");
    Files.copy(
        png,
        Path.of("target", "render-information.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Path given = tmp.resolve("given.png");
    r =
        render(
            "--view", "information", "--p", "0.5,0.5", "--q", "0.9,0.1", "--out", given.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(distinctColours(ImageIO.read(given.toFile())) > 200);
  }

  @Test
  void aBadPresetOrMismatchedDistributionsAreOneLineListingWhatThereIs() {
    Path png = tmp.resolve("bad.png");
    Result r = render("--view", "information", "--preset", "moon", "--out", png.toString());
    assertEquals(2, r.exit());
    assertEquals(
        "latentlab: --preset: no preset 'moon'; use one of fair-coin, biased-coin, fair-die,"
            + " loaded-die, uniform-vs-peaked, sunrise-eclipse",
        r.err().strip());
    r = render("--view", "information", "--p", "1,1,1", "--q", "1,2", "--out", png.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("p has 3 outcomes but q has 2"), r.err());
    r = render("--view", "information", "--gaussians", "0,0,0,1", "--out", png.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("latentlab: --gaussians: p: \u03c3 must be above 0"), r.err());
    r = render("--preset", "fair-coin", "--out", png.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("go with --view information"), r.err());
    assertTrue(Files.notExists(png), "nothing drawn for a bad request");
  }

  private static int distinctColours(BufferedImage img) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        seen.add(img.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
