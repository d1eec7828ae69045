package org.latentlab.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javafx.stage.Window;
import org.latentlab.error.ErrorMessages;
import org.latentlab.export.AnimatedGif;
import org.latentlab.ui.fx.Dialogs;
import org.latentlab.ui.fx.UiThreads;

/**
 * Saves an animation from the window: asks for the file and the settings, computes the frames' data
 * in the background, draws the frames on the FX thread a few at a time (so the window keeps drawing
 * itself), writes the GIF in the background and says where it went.
 */
public final class GifExport {
  /** Frames drawn per turn of the FX thread. */
  private static final int FRAMES_PER_TURN = 4;

  private final Dialogs dialogs;
  private final UiThreads threads;

  /** An exporter asking through {@code dialogs} and working on {@code threads}. */
  public GifExport(Dialogs dialogs, UiThreads threads) {
    this.dialogs = dialogs;
    this.threads = threads;
  }

  /**
   * Asks for a GIF and saves the animation {@code compute} makes for the chosen number of frames
   * (called on the FX thread; {@code compute} runs in the background).
   *
   * @param defaults the settings and file name offered
   */
  public void save(Window owner, Dialogs.GifTarget defaults, IntFunction<Animation> compute) {
    dialogs
        .chooseGif(owner, defaults)
        .ifPresent(
            target -> {
              String problem = AnimatedGif.problem(target.frames(), target.fps(), target.width());
              if (problem != null) {
                dialogs.showError(owner, problem.replace("--", ""));
                return;
              }
              threads
                  .background()
                  .execute(
                      () -> {
                        Animation a;
                        try {
                          a = compute.apply(target.frames());
                        } catch (RuntimeException e) {
                          fail(owner, target.file(), e);
                          return;
                        }
                        String tooBig = Figures.sizeProblem(a, target.width());
                        if (tooBig != null) {
                          String line = tooBig.replace("--", "");
                          threads.fx().execute(() -> dialogs.showError(owner, line));
                          return;
                        }
                        threads.fx().execute(() -> draw(owner, target, a, new ArrayList<>()));
                      });
            });
  }

  private void draw(Window owner, Dialogs.GifTarget target, Animation a, List<BufferedImage> done) {
    try {
      int end = Math.min(a.frames(), done.size() + FRAMES_PER_TURN);
      for (int i = done.size(); i < end; i++) {
        done.add(Figures.frame(a, i, target.width()));
      }
    } catch (RuntimeException e) {
      fail(owner, target.file(), e);
      return;
    }
    if (done.size() < a.frames()) {
      threads.fx().execute(() -> draw(owner, target, a, done));
      return;
    }
    threads.background().execute(() -> write(owner, target, a, done));
  }

  private void write(Window owner, Dialogs.GifTarget target, Animation a, List<BufferedImage> f) {
    try {
      AnimatedGif.write(f, target.fps(), target.file());
    } catch (IOException | RuntimeException e) {
      fail(owner, target.file(), e);
      return;
    }
    String line = savedMessage(target.file(), f.get(0), f.size(), target.fps(), a.describe());
    threads.fx().execute(() -> dialogs.showInfo(owner, line));
  }

  private void fail(Window owner, Path file, Exception e) {
    String line = "Could not save " + file.getFileName() + ": " + ErrorMessages.oneLine(e);
    threads.fx().execute(() -> dialogs.showError(owner, line));
  }

  /**
   * "Saved interpolation.gif (620×590, 24 frames at 8/100 s a frame, 12.5 fps, looping; …) to
   * /home/ada/figures".
   */
  static String savedMessage(Path file, BufferedImage first, int frames, int fps, String what) {
    return String.format(
        Locale.ROOT,
        "Saved %s (%d\u00d7%d, %d frames at %s, looping: %s) to %s",
        file.getFileName(),
        first.getWidth(),
        first.getHeight(),
        frames,
        AnimatedGif.describeRate(fps),
        what,
        file.toAbsolutePath().getParent());
  }
}
