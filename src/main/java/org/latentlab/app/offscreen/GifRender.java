package org.latentlab.app.offscreen;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.latentlab.cli.UserInputException;
import org.latentlab.error.ErrorMessages;
import org.latentlab.latent.Interpolation;
import org.latentlab.latent.record.RecordedRun;
import org.latentlab.latent.record.RecordedRunFile;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.export.Animation;
import org.latentlab.ui.export.FanAnimation;
import org.latentlab.ui.export.Figures;
import org.latentlab.ui.export.InterpolationAnimation;
import org.latentlab.ui.export.TrainingAnimation;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.posterior.PosteriorViewModel;
import org.latentlab.ui.training.RecordedRunViewModel;

/**
 * {@code render --gif}: the window's animations drawn off-screen, frame by frame, with the same
 * figures the window's Export menu saves.
 */
final class GifRender {
  /** The samples per fan, as the Inside the VAE tab draws by default. */
  static final int FAN_SAMPLES = 16;

  private GifRender() {}

  /** The frames one animation is drawn as, and what they show. */
  record Frames(List<BufferedImage> images, String what) {}

  /**
   * The interpolation from image {@code a} to {@code b} in both models, or the ε fan of image
   * {@code a} (call on the FX thread; the view model closes the session's models).
   *
   * @param fan true for the ε fan, false for the interpolation
   * @param zoom how far both planes are zoomed about their centres
   */
  static Frames explorer(
      ExplorerSession session,
      boolean fan,
      List<Integer> select,
      boolean slerp,
      double zoom,
      int frames,
      int width) {
    ExplorerViewModel vm =
        new ExplorerViewModel(
            UiThreads.sameThread(), org.latentlab.ui.explorer.ExplorerSource.none(), new Random(1));
    try {
      vm.show(session);
      int count = session.images().count();
      for (int i = 0; i < select.size(); i++) {
        int index = select.get(i);
        if (index < 0 || index >= count) {
          throw new UserInputException("--select " + index + " is outside 0.." + (count - 1));
        }
        vm.select(index, i == 1);
      }
      for (var plane : List.of(vm.autoencoder(), vm.vae())) {
        var b = plane.viewProperty().get();
        plane.zoom(zoom, (b.xMin() + b.xMax()) / 2, (b.yMin() + b.yMax()) / 2);
      }
      Animation animation;
      if (fan) {
        PosteriorViewModel.Selected s = vm.posterior().selectedProperty().get();
        if (s.posterior().logVar() == null) {
          throw new UserInputException("--view fan needs a VAE as --vae");
        }
        animation = FanAnimation.compute(s, FAN_SAMPLES, frames, new Random(1));
      } else {
        animation =
            InterpolationAnimation.compute(
                vm.autoencoder().dataProperty().get(),
                vm.autoencoder().viewProperty().get(),
                vm.vae().dataProperty().get(),
                vm.vae().viewProperty().get(),
                vm.imagesProperty().get(),
                select.get(0),
                select.get(1),
                slerp ? Interpolation.Mode.SPHERICAL : Interpolation.Mode.LINEAR,
                frames);
      }
      return draw(animation, width);
    } finally {
      vm.close();
    }
  }

  /** Every frame of {@code a} (FX thread), once it is clear they fit in memory. */
  static Frames draw(Animation a, int width) {
    String problem = Figures.sizeProblem(a, width);
    if (problem != null) {
      throw new UserInputException(problem);
    }
    return new Frames(Figures.frames(a, width), a.describe());
  }

  /** A recorded run, bundled or from a file (read and laid out before the FX thread draws). */
  static TrainingAnimation training(String run, int frames) {
    RecordedRun r;
    try {
      r = RecordedRunFile.open(run);
    } catch (IOException e) {
      throw new UserInputException(ErrorMessages.oneLine(e));
    }
    return TrainingAnimation.of("Training: " + RecordedRunViewModel.label(run), r, frames);
  }
}
