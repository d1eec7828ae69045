package org.latentlab.app;

import java.io.PrintWriter;
import java.util.List;
import org.latentlab.app.bench.BenchCommand;
import org.latentlab.app.offscreen.RenderCommand;
import org.latentlab.app.offscreen.ReportCommand;
import org.latentlab.cli.Interrupts;
import org.latentlab.cli.LatentLabCli;
import org.latentlab.model.EngineSetup;

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
   * @param args command-line arguments; none opens the GUI
   */
  @SuppressWarnings("try") // the fallback only needs to be installed for the command's duration
  public static void main(String[] args) {
    EngineSetup.configure(LatentLabCli.threadsOption(args));
    if (args.length == 0) {
      GuiLauncher.launch();
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
