package org.latentlab.app.offscreen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import org.latentlab.app.ImageSetImages;
import org.latentlab.cli.CommonOptions;
import org.latentlab.cli.UserInputException;
import org.latentlab.data.DataSources;
import org.latentlab.error.ErrorMessages;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.latent.Interpolation;
import org.latentlab.lesson.Lesson;
import org.latentlab.lesson.Lessons;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerSource;
import org.latentlab.ui.explorer.ExplorerView;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.fx.UiThreads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab render}: draws the explorer's views off-screen into a PNG, for slides made by
 * script. It builds the very view the window shows, so a figure looks like the app.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Draw a view of the explorer off-screen into a PNG (no window needed).",
      "explorer: both latent planes with decodes, comparison and interpolation;"
          + " grid: the AE and VAE manifold grids; interpolation: the two film strips;"
          + " information: entropy, cross-entropy and KL (needs no models).",
      "With --gif, a looping animated GIF instead: interpolation (A to B in both models),"
          + " fan (K = 16 samples z = mu + sigma * eps of image A, a fresh draw per frame) or"
          + " training (a recorded run's latent snapshots, --run)."
    })
public final class RenderCommand implements Callable<Integer> {
  /** The views that can be drawn. */
  enum View {
    EXPLORER,
    GRID,
    INTERPOLATION,
    INFORMATION,
    FAN,
    TRAINING
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--view",
      defaultValue = "explorer",
      description =
          "explorer, grid, interpolation or information (default: explorer); with --gif:"
              + " interpolation, fan or training.")
  View view;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "PNG file to write (with --lesson: the folder for one PNG per scene).")
  Path out;

  @Option(
      names = "--gif",
      paramLabel = "FILE",
      description =
          "Animated GIF to write instead of a PNG (\".gif\" is added to a name without it);"
              + " it loops forever.")
  Path gif;

  @Option(
      names = "--fps",
      paramLabel = "N",
      description =
          "With --gif: frames a second, 1 to 50 (default: 12; fan 2, training 8). GIF counts"
              + " in 1/100 s, so 12 plays at 12.5.")
  Integer fps;

  @Option(
      names = "--run",
      paramLabel = "FILE|NAME",
      description =
          "With --view training: a recorded run (.llrun) or a bundled one: beta-1, beta-0,"
              + " beta-4, kl-only-from-vae (default: beta-1).")
  String run;

  @Option(
      names = "--lesson",
      paramLabel = "FILE|NAME",
      description =
          "Draw every scene of a lesson (a lesson file, or the bundled ae-to-vae) into the"
              + " folder --out, as presenter mode shows it (default size 1920x1080).")
  String lesson;

  @Option(
      names = "--models",
      defaultValue = "mnist",
      description = "Bundled pair: mnist or fashion (default: mnist).")
  String models;

  @Option(
      names = "--ae",
      paramLabel = "DIR",
      description = "An autoencoder folder instead of the bundled one.")
  Path ae;

  @Option(
      names = "--vae",
      paramLabel = "DIR",
      description = "A VAE folder instead of the bundled one.")
  Path vae;

  @Option(
      names = "--data",
      description = "Data whose codes are plotted (default: the models' training data).")
  String data;

  @Option(
      names = "--select",
      split = ",",
      paramLabel = "A[,B]",
      description = "Image indices to select; two give an interpolation from A to B.")
  List<Integer> select;

  @Option(
      names = "--cursor-ae",
      split = ",",
      paramLabel = "Z1,Z2,...",
      description = "Latent point for the AE cursor.")
  List<Float> cursorAe;

  @Option(
      names = "--cursor-vae",
      split = ",",
      paramLabel = "Z1,Z2,...",
      description = "Latent point for the VAE cursor.")
  List<Float> cursorVae;

  @Option(
      names = "--frames",
      description =
          "Images along an interpolation (default: 10); with --gif, frames of the animation,"
              + " 2 to 300 (default: 24; fan 12; training 50, at most the run's snapshots).")
  Integer frames;

  @Option(names = "--slerp", description = "Spherical interpolation for the VAE.")
  boolean slerp;

  @Option(
      names = "--grid",
      defaultValue = "20",
      paramLabel = "N",
      description = "Manifold grid size N x N (default: 20).")
  int grid;

  @Option(
      names = "--gaussian",
      description = "VAE grid through the inverse Gaussian CDF (Kingma & Welling, Fig. 4).")
  boolean gaussian;

  @Option(
      names = "--zoom",
      defaultValue = "1",
      paramLabel = "F",
      description =
          "Zoom both planes by F about their centre; F < 1 shows more space around the data"
              + " (default: 1).")
  double zoom;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description =
          "With --view information: the pair p, q shown (biased-coin, sunrise-eclipse, …).")
  String preset;

  @Option(
      names = "--p",
      split = ",",
      paramLabel = "W1,W2,...",
      description = "With --view information: p's weights (divided by their sum).")
  List<Double> p;

  @Option(
      names = "--q",
      split = ",",
      paramLabel = "W1,W2,...",
      description = "With --view information: q's weights (divided by their sum).")
  List<Double> q;

  @Option(
      names = "--gaussians",
      split = ",",
      paramLabel = "MU1,S1,MU2,S2",
      description = "With --view information: the Gaussians p = N(MU1, S1²) and q = N(MU2, S2²).")
  List<Double> gaussians;

  @Option(
      names = "--width",
      description =
          "Figure width in pixels (default: 1600; 1920 with --lesson; with --gif the figure's"
              + " own, 560-700, and the height follows).")
  Integer width;

  @Option(
      names = "--height",
      description = "Figure height in pixels (default: 1000; 1080 with --lesson).")
  Integer height;

  @Option(
      names = "--headless",
      description = "Use the headless renderer even when a display is present.")
  boolean headless;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    if (gif != null) {
      return animation();
    }
    if (width == null) {
      width = lesson != null ? 1920 : 1600;
    }
    if (height == null) {
      height = lesson != null ? 1080 : 1000;
    }
    if (out == null) {
      throw new UserInputException("render needs --out FILE (or --gif FILE)");
    }
    if (frames == null) {
      frames = 10;
    }
    validate();
    if (lesson != null) {
      return slides();
    }
    PngExport.checkWritable(out);
    if (view == View.INFORMATION) {
      return information();
    }
    ExplorerSession session = openSession();
    OffscreenFx.start(headless);
    WritableImage image;
    try {
      image = OffscreenFx.call(() -> draw(session));
    } catch (RuntimeException | Error e) {
      closeModels(session);
      throw e;
    }
    write(image);
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "Wrote %s (%dx%d, %s view of %s)%n",
            out,
            (int) image.getWidth(),
            (int) image.getHeight(),
            view.name().toLowerCase(Locale.ROOT),
            session.title());
    return 0;
  }

  /** {@code --gif}: an animation, checked first, drawn off-screen and written atomically. */
  private int animation() throws Exception {
    GifOptions o = GifOptions.check(this);
    Path file = org.latentlab.export.AtomicFiles.checkWritable(o.file(), ".gif");
    GifRender.Frames drawn;
    if (view == View.TRAINING) {
      var animation = GifRender.training(o.run(), o.frames());
      OffscreenFx.start(headless);
      drawn = OffscreenFx.call(() -> GifRender.draw(animation, o.width()));
    } else {
      ExplorerSession session = openSession();
      OffscreenFx.start(headless);
      try {
        drawn =
            OffscreenFx.call(
                () ->
                    GifRender.explorer(
                        session, view == View.FAN, select, slerp, zoom, o.frames(), o.width()));
      } catch (RuntimeException | Error e) {
        closeModels(session);
        throw e;
      }
    }
    org.latentlab.export.AnimatedGif.write(drawn.images(), o.fps(), file);
    var first = drawn.images().get(0);
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "Wrote %s (%dx%d, %d frames at %s, looping; %s)%n",
            o.file(),
            first.getWidth(),
            first.getHeight(),
            drawn.images().size(),
            org.latentlab.export.AnimatedGif.describeRate(o.fps()),
            drawn.what());
    return 0;
  }

  /** The Information tab, which needs no models. */
  private int information() throws Exception {
    InformationFigure figure = new InformationFigure(preset, p, q, gaussians);
    OffscreenFx.start(headless);
    WritableImage image = OffscreenFx.call(() -> figure.draw(width, height));
    write(image);
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "Wrote %s (%dx%d, information view)%n",
            out,
            (int) image.getWidth(),
            (int) image.getHeight());
    return 0;
  }

  private void write(WritableImage image) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    PngExport.write(image, out);
  }

  /** One PNG per scene of the lesson. */
  private int slides() throws Exception {
    Lesson l;
    try {
      l = Lessons.open(lesson);
    } catch (IOException e) {
      throw new UserInputException(ErrorMessages.oneLine(e));
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserInputException(out + " is a file; with --lesson, --out names a folder");
    }
    Files.createDirectories(out);
    PngExport.checkWritable(out.resolve("scene-01.png"));
    OffscreenFx.start(headless);
    List<String> problems = new ArrayList<>();
    List<Path> files =
        OffscreenFx.call(
            () -> {
              try {
                return LessonSlides.draw(l, out, width, height, problems::add);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    var err = spec.commandLine().getErr();
    problems.forEach(p -> err.println("latentlab: " + p));
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "Wrote %d slides of \u201c%s\u201d (%dx%d) to %s%n",
            files.size(),
            l.title(),
            width,
            height,
            out);
    return 0;
  }

  private void validate() {
    if (view == View.FAN || view == View.TRAINING) {
      throw new UserInputException(
          "--view " + view.name().toLowerCase(Locale.ROOT) + " is an animation: give --gif FILE");
    }
    if (fps != null || run != null) {
      throw new UserInputException("--fps and --run go with --gif");
    }
    if (width < 400 || height < 300 || width > 8000 || height > 8000) {
      throw new UserInputException("--width and --height must be between 400x300 and 8000x8000");
    }
    if (frames < 2 || frames > 24) {
      throw new UserInputException("--frames must be between 2 and 24");
    }
    if (!(zoom >= 0.05 && zoom <= 20)) {
      throw new UserInputException("--zoom must be between 0.05 and 20");
    }
    if (grid < 2 || grid > 40) {
      throw new UserInputException("--grid must be between 2 and 40");
    }
    if (select != null && (select.isEmpty() || select.size() > 2)) {
      throw new UserInputException("--select takes one or two image indices");
    }
    if (view == View.INTERPOLATION && (select == null || select.size() != 2)) {
      throw new UserInputException("--view interpolation needs two images: --select A,B");
    }
    boolean informationOptions = preset != null || p != null || q != null || gaussians != null;
    if (informationOptions && (view != View.INFORMATION || lesson != null)) {
      throw new UserInputException(
          "--preset, --p, --q and --gaussians go with --view information (without --lesson)");
    }
    if (!models.equals("mnist") && !models.equals("fashion")) {
      throw new UserInputException("--models must be mnist or fashion, not '" + models + "'");
    }
  }

  /** The models and data to show; the view model takes ownership of the models. */
  private ExplorerSession openSession() throws IOException {
    String dataSpec = data != null ? data : models;
    LatentModel autoencoder =
        ae != null ? LatentModels.open(ae) : LatentModels.openBundled(models + "-ae");
    LatentModel variational = null;
    try {
      variational =
          vae != null ? LatentModels.open(vae) : LatentModels.openBundled(models + "-vae");
      if (autoencoder.info().variational() || !variational.info().variational()) {
        throw new UserInputException("--ae needs an autoencoder and --vae a VAE");
      }
      var images = new ImageSetImages(DataSources.fromEnvironment().training(dataSpec));
      String title = models.equals("fashion") && data == null ? "Fashion-MNIST" : titleOf(dataSpec);
      try {
        return new ExplorerSession(title, images, autoencoder, variational);
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage());
      }
    } catch (IOException | RuntimeException e) {
      autoencoder.close();
      if (variational != null) {
        variational.close();
      }
      throw e;
    }
  }

  private static String titleOf(String spec) {
    return switch (spec) {
      case "mnist" -> "MNIST";
      case "fashion" -> "Fashion-MNIST";
      default -> spec;
    };
  }

  /** Builds the real view around a same-thread view model and snapshots it (FX thread). */
  private WritableImage draw(ExplorerSession session) {
    ExplorerViewModel vm = new ExplorerViewModel(UiThreads.sameThread(), ExplorerSource.none());
    try {
      vm.show(session);
      int count = session.images().count();
      if (select != null) {
        for (int i = 0; i < select.size(); i++) {
          int index = select.get(i);
          if (index < 0 || index >= count) {
            throw new UserInputException("--select " + index + " is outside 0.." + (count - 1));
          }
          vm.select(index, i == 1);
        }
      }
      vm.interpolation().stepsProperty().set(frames);
      vm.interpolation()
          .vaeModeProperty()
          .set(slerp ? Interpolation.Mode.SPHERICAL : Interpolation.Mode.LINEAR);
      vm.manifold().sizeProperty().set(grid);
      vm.manifold().gaussianProperty().set(gaussian);
      for (var plane : List.of(vm.autoencoder(), vm.vae())) {
        var b = plane.viewProperty().get();
        plane.zoom(zoom, (b.xMin() + b.xMax()) / 2, (b.yMin() + b.yMax()) / 2);
      }
      moveCursor(vm.autoencoder(), cursorAe, "--cursor-ae");
      moveCursor(vm.vae(), cursorVae, "--cursor-vae");
      ExplorerView explorer = new ExplorerView(vm, new NoDialogs());
      Scene scene = new Scene(explorer, width, height);
      if (view == View.GRID) {
        // The view binds the grid's "active" state to its tab: selecting the tab computes it.
        ((TabPane) explorer.lookup(".tab-pane")).getSelectionModel().select(1);
      }
      explorer.applyCss();
      explorer.layout();
      Node target = view == View.INTERPOLATION ? explorer.lookup("#interpolation") : explorer;
      return PngExport.snapshot(target);
    } finally {
      vm.close();
    }
  }

  private static void moveCursor(
      org.latentlab.ui.plane.PlaneViewModel plane, List<Float> z, String option) {
    if (z == null) {
      return;
    }
    int dim = plane.dimensions().size();
    if (z.size() != dim) {
      throw new UserInputException(option + " needs " + dim + " numbers, got " + z.size());
    }
    float[] code = new float[dim];
    for (int i = 0; i < dim; i++) {
      code[i] = z.get(i);
    }
    plane.setCursor(code);
  }

  private static void closeModels(ExplorerSession s) {
    s.autoencoder().close();
    s.vae().close();
  }
}
