package org.latentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentlab.testing.GifFiles;

/** A GIF written by {@link AnimatedGif} reads back with ImageIO as the frames that went in. */
class AnimatedGifTest {
  @TempDir Path tmp;

  /** Frame i: black with a white bar whose width grows with i, so frames differ. */
  static List<BufferedImage> bars(int n, int w, int h) {
    List<BufferedImage> frames = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < (i + 1) * w / n; x++) {
        for (int y = 0; y < h / 2; y++) {
          img.setRGB(x, y, 0xFFFFFF);
        }
      }
      frames.add(img);
    }
    return frames;
  }

  @Test
  void framesSizeDelaysAndTheLoopFlagReadBack() throws Exception {
    Path gif = tmp.resolve("bars.gif");
    AnimatedGif.write(bars(24, 120, 80), 12, gif);
    GifFiles.Gif r = GifFiles.read(gif);
    assertEquals(24, r.frames());
    assertEquals(120, r.width());
    assertEquals(80, r.height());
    assertEquals(java.util.Collections.nCopies(24, 8), r.delays(), "12 fps: 8/100 s a frame");
    assertEquals(0, r.loopCount(), "NETSCAPE2.0 extension with loop count 0: forever");
  }

  @Test
  void theFramesThemselvesComeBack() throws Exception {
    Path gif = tmp.resolve("bars.gif");
    List<BufferedImage> frames = bars(5, 50, 20);
    AnimatedGif.write(frames, 5, gif);
    List<BufferedImage> back = GifFiles.read(gif).images();
    for (int i = 0; i < 5; i++) {
      int white = 0;
      for (int x = 0; x < 50; x++) {
        white += (back.get(i).getRGB(x, 5) & 0xFFFFFF) == 0xFFFFFF ? 1 : 0;
      }
      assertEquals((i + 1) * 10, white, "frame " + i + "'s bar");
    }
  }

  @ParameterizedTest(name = "{0} fps → {1}/100 s")
  @CsvSource({"1, 100", "2, 50", "12, 8", "24, 4", "25, 4", "50, 2"})
  void aFrameRateBecomesAWholeNumberOfHundredths(int fps, int centiseconds) {
    assertEquals(centiseconds, AnimatedGif.delayCentiseconds(fps));
  }

  @ParameterizedTest(name = "frames {0}, fps {1}, width {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "24 | 12 | 0 | ",
        "300 | 50 | 3840 | ",
        "100000 | 12 | 0 | --frames must be between 2 and 300 for a GIF, got 100000",
        "1 | 12 | 0 | --frames must be between 2 and 300 for a GIF, got 1",
        "24 | 0 | 0 | --fps must be between 1 and 50, got 0",
        "24 | 60 | 0 | --fps must be between 1 and 50, got 60",
        "24 | 12 | 50 | --width must be between 120 and 3840 pixels for a GIF, got 50"
      })
  void badSettingsAreOneLine(int frames, int fps, int width, String message) {
    assertEquals(message, AnimatedGif.problem(frames, fps, width));
  }

  @Test
  void tooManyPixelsToHoldAreRefusedButEveryFigureAtItsOwnSizeFits() {
    assertEquals(
        "300 frames of 3840x3654 are 4,209 million pixels, more than the 150 million a GIF may"
            + " hold here; use fewer --frames or a smaller --width",
        AnimatedGif.sizeProblem(300, 3840, 3654));
    assertNull(AnimatedGif.sizeProblem(300, 620, 590), "the interpolation");
    assertNull(AnimatedGif.sizeProblem(300, 760, 370), "the fan");
    assertNull(AnimatedGif.sizeProblem(300, 560, 660), "the replay");
  }

  @Test
  void framesOfDifferentSizesAreRefusedBeforeAnythingIsWritten() {
    Path gif = tmp.resolve("mixed.gif");
    List<BufferedImage> frames = new ArrayList<>(bars(2, 40, 40));
    frames.add(new BufferedImage(41, 40, BufferedImage.TYPE_INT_RGB));
    assertThrows(IllegalArgumentException.class, () -> AnimatedGif.write(frames, 10, gif));
    assertTrue(Files.notExists(gif));
  }

  @Test
  void aReadOnlyFolderIsOneLineAndLeavesNothing() throws Exception {
    Path folder = Files.createDirectory(tmp.resolve("ro"));
    assertTrue(folder.toFile().setWritable(false, false));
    try {
      // root ignores permission bits: only assert when the folder really refuses files
      org.junit.jupiter.api.Assumptions.assumeFalse(
          canCreate(folder), "running as a user who can write anywhere");
      IOException e =
          assertThrows(
              IOException.class,
              () -> AnimatedGif.write(bars(2, 40, 40), 10, folder.resolve("x.gif")));
      assertTrue(
          e.getMessage().startsWith("cannot write " + folder.resolve("x.gif")), e.getMessage());
      try (var files = Files.list(folder)) {
        assertEquals(0, files.count());
      }
    } finally {
      folder.toFile().setWritable(true, false);
    }
  }

  private static boolean canCreate(Path folder) {
    try {
      Files.delete(Files.createFile(folder.resolve("probe")));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aDiskThatFillsMidWayLeavesTheOldFileAndNoPart() throws Exception {
    Path gif = tmp.resolve("old.gif");
    Files.writeString(gif, "the old file");
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                AtomicFiles.write(
                    gif,
                    ".gif",
                    out -> {
                      out.write(new byte[100_000]);
                      throw new IOException("No space left on device");
                    }));
    assertEquals("cannot write " + gif + ": No space left on device", e.getMessage());
    assertEquals("the old file", Files.readString(gif));
    try (var files = Files.list(tmp)) {
      assertEquals(List.of(gif), files.toList(), "no .part file left behind");
    }
  }

  @Test
  void aNameWithoutTheExtensionGetsIt() {
    assertEquals(
        Path.of("out", "fan.gif"), AtomicFiles.withExtension(Path.of("out", "fan"), ".gif"));
    assertEquals(Path.of("fan.GIF"), AtomicFiles.withExtension(Path.of("fan.GIF"), ".gif"));
    assertNull(AnimatedGif.problem(2, 1, 0));
  }
}
