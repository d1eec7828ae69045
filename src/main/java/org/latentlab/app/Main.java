package org.latentlab.app;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.latentlab.app.bench.BenchCommand;
import org.latentlab.app.offscreen.RenderCommand;
import org.latentlab.app.offscreen.ReportCommand;
import org.latentlab.cli.Interrupts;
import org.latentlab.cli.LatentLabCli;
import org.latentlab.model.EngineSetup;
import org.latentlab.model.MklShim;

/**
 * The one entry point: with no arguments it opens the window, with a command it runs the CLI.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}, so the jar
 * runs from the class path without a JavaFX module path.
 */
public final class Main {
  private Main() {}

  /**
   * Routes to the GUI or the CLI.
   *
   * @param args command-line arguments; none opens the GUI, {@code --lesson FILE} opens it on a
   *     lesson (a file or a bundled lesson's name)
   */
  @SuppressWarnings("try") // the fallback only needs to be installed for the command's duration
  public static void main(String[] args) {
    if (LatentLabCli.noMklShimOption(args)) {
      System.setProperty(MklShim.PROPERTY, "off"); // also for the child JVMs bench starts
    }
    EngineSetup.configure(LatentLabCli.threadsOption(args));
    String[] gui =
        Arrays.stream(args).filter(a -> !a.equals(LatentLabCli.NO_MKL_SHIM)).toArray(String[]::new);
    if (gui.length == 0) {
      GuiLauncher.launch();
    } else if (gui[0].equals("--lesson") || gui[0].startsWith("--lesson=")) {
      String lesson = gui[0].startsWith("--lesson=") ? gui[0].substring(9) : null;
      if (lesson == null && gui.length > 1) {
        lesson = gui[1];
      }
      String problem = LessonArgument.check(lesson, gui.length > (gui[0].contains("=") ? 1 : 2));
      if (problem != null) {
        System.err.println("latentlab: " + problem);
        System.exit(2);
      }
      GuiLauncher.launch("--lesson=" + lesson);
    } else {
      int status;
      try (Interrupts unhandled = Interrupts.exitOnInterrupt(System.err)) {
        status =
            LatentLabCli.run(
                new PrintWriter(System.out, true),
                new PrintWriter(System.err, true),
                appCommands(),
                args);
      }
      System.exit(status);
    }
  }

  /** The commands this layer adds to the CLI's: they draw with JavaFX or start child JVMs. */
  static List<Object> appCommands() {
    return List.of(new RenderCommand(), new BenchCommand(), new ReportCommand());
  }
}
