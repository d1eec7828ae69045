package org.latentlab.app.offscreen;

import java.nio.file.Path;
import org.latentlab.cli.UserInputException;
import org.latentlab.export.AnimatedGif;
import org.latentlab.export.AtomicFiles;

/**
 * {@code render --gif}'s options, checked before anything is loaded or drawn, with each view's
 * defaults filled in.
 *
 * @param file the GIF to write (".gif" added to a name without it)
 * @param frames frames of the animation
 * @param fps frames a second
 * @param width frame width in pixels, 0 for the figure's own
 * @param run the recorded run (training only)
 */
record GifOptions(Path file, int frames, int fps, int width, String run) {

  /** Checks {@code c}'s options for an animation; one line for the first problem. */
  static GifOptions check(RenderCommand c) {
    if (c.out != null || c.lesson != null) {
      throw new UserInputException("--gif writes one animation: leave out --out and --lesson");
    }
    RenderCommand.View v = c.view;
    if (v != RenderCommand.View.INTERPOLATION
        && v != RenderCommand.View.FAN
        && v != RenderCommand.View.TRAINING) {
      throw new UserInputException(
          "--gif animates --view interpolation, fan or training, not "
              + v.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (c.height != null) {
      throw new UserInputException(
          "--height does not go with --gif: the frame's height follows --width");
    }
    if (v == RenderCommand.View.INTERPOLATION && (c.select == null || c.select.size() != 2)) {
      throw new UserInputException("--view interpolation needs two images: --select A,B");
    }
    if (v == RenderCommand.View.FAN && (c.select == null || c.select.size() != 1)) {
      throw new UserInputException("--view fan needs one image: --select A");
    }
    if (v != RenderCommand.View.TRAINING && c.run != null) {
      throw new UserInputException("--run goes with --view training");
    }
    if (!c.models.equals("mnist") && !c.models.equals("fashion")) {
      throw new UserInputException("--models must be mnist or fashion, not '" + c.models + "'");
    }
    if (!(c.zoom >= 0.05 && c.zoom <= 20)) {
      throw new UserInputException("--zoom must be between 0.05 and 20");
    }
    int frames =
        c.frames != null
            ? c.frames
            : switch (v) {
              case FAN -> 12;
              case TRAINING -> 50;
              default -> 24;
            };
    int fps =
        c.fps != null
            ? c.fps
            : switch (v) {
              case FAN -> 2;
              case TRAINING -> 8;
              default -> 12;
            };
    int width = c.width == null ? 0 : c.width;
    String problem = AnimatedGif.problem(frames, fps, width);
    if (problem != null) {
      throw new UserInputException(problem);
    }
    return new GifOptions(
        AtomicFiles.withExtension(c.gif, ".gif"),
        frames,
        fps,
        width,
        c.run == null ? "beta-1" : c.run);
  }
}
