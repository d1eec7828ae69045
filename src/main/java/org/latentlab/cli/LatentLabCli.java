package org.latentlab.cli;

import java.io.PrintWriter;
import org.latentlab.cli.classifier.TrainClassifierCommand;
import org.latentlab.model.MklShim;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code latentlab} command line: train, evaluate and inspect autoencoders without a window.
 *
 * <p>Errors a user can fix (bad arguments, unreadable or malformed files, mismatched models) print
 * one line on stderr and exit with {@value #EXIT_USAGE}; {@code --verbose} adds the stack trace.
 */
@Command(
    name = "latentlab",
    mixinStandardHelpOptions = true,
    versionProvider = LatentLabCli.Version.class,
    description =
        "Train, evaluate and explore autoencoders (AE) and variational autoencoders (VAE).",
    subcommands = {
      CommandLine.HelpCommand.class,
      TrainCommand.class,
      RecordRunCommand.class,
      EvalCommand.class,
      InfoCommand.class,
      ExportCodesCommand.class,
      ImportNpmMnistCommand.class,
      TrainClassifierCommand.class,
    })
public final class LatentLabCli {
  /**
   * The global switch that leaves MKL's vendor check alone ({@code org.latentlab.model.MklShim}).
   */
  public static final String NO_MKL_SHIM = "--no-mkl-shim";

  @Option(
      names = NO_MKL_SHIM,
      scope = ScopeType.INHERIT,
      description =
          "Do not load the MKL vendor shim (also LATENTLAB_MKL_SHIM=off): MKL then runs its"
              + " generic kernels on non-Intel CPUs.")
  boolean noMklShim;

  /** Exit code for bad arguments or bad input files. */
  public static final int EXIT_USAGE = 2;

  /** Exit code for a run that was cancelled or stopped by a numerical failure. */
  public static final int EXIT_FAILED = 1;

  /**
   * Runs the CLI with the given arguments and returns the exit code.
   *
   * @param args the arguments after the program name
   * @return 0 on success
   */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the CLI writing to the given streams (for tests). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, java.util.List.of(), args);
  }

  /**
   * Runs the CLI with extra subcommands supplied by a higher layer (the app adds {@code render},
   * which draws with JavaFX, a library this package does not use).
   */
  public static int run(
      PrintWriter out, PrintWriter err, java.util.List<Object> extraCommands, String... args) {
    CommandLine cl = new CommandLine(new LatentLabCli());
    extraCommands.forEach(cl::addSubcommand);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setExecutionStrategy(
        parsed -> {
          checkThreads(parsed);
          return new CommandLine.RunLast().execute(parsed);
        });
    cl.setParameterExceptionHandler(
        (ex, argv) -> {
          ex.getCommandLine().getErr().println("latentlab: " + ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println("Try 'latentlab " + commandPath(ex.getCommandLine()) + "--help'.");
          return EXIT_USAGE;
        });
    return cl.execute(args);
  }

  /**
   * Refuses a {@code --threads} value outside {@link CommonOptions#threadsProblem}'s range, on any
   * command that has the option (also those, like {@code bench}, that declare it themselves),
   * before the command does any work.
   */
  private static void checkThreads(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
        return;
      }
      if (p.hasMatchedOption("--threads")) {
        Object value = p.matchedOptionValue("--threads", null);
        if (value instanceof Integer n && CommonOptions.threadsProblem(n) != null) {
          throw new ParameterException(
              p.commandSpec().commandLine(), CommonOptions.threadsProblem(n));
        }
      }
    }
  }

  private static String commandPath(CommandLine cl) {
    String full = cl.getCommandSpec().qualifiedName(" ");
    int space = full.indexOf(' ');
    return space < 0 ? "" : full.substring(space + 1) + " ";
  }

  /**
   * The {@code --threads N} value among {@code args}, or 0. The engine reads its thread count once,
   * before any command runs, so the entry point looks for it ahead of parsing.
   */
  public static int threadsOption(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      try {
        if (a.equals("--threads") && i + 1 < args.length) {
          return Integer.parseInt(args[i + 1]);
        }
        if (a.startsWith("--threads=")) {
          return Integer.parseInt(a.substring("--threads=".length()));
        }
      } catch (NumberFormatException e) {
        return 0; // picocli reports the bad value when it parses the command
      }
    }
    return 0;
  }

  /**
   * Whether {@code args} hold {@value #NO_MKL_SHIM}. The shim must be decided before the engine
   * starts, so the entry point looks for it ahead of parsing.
   */
  public static boolean noMklShimOption(String[] args) {
    return java.util.Arrays.asList(args).contains(NO_MKL_SHIM);
  }

  /**
   * Prints the version from the jar manifest, when there is one, MKL's code path and how Adam's
   * steps are taken.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = LatentLabCli.class.getPackage().getImplementationVersion();
      return new String[] {
        "LatentLab " + (v == null ? "(development build)" : v),
        MklShim.status().line(),
        "Adam       " + org.latentlab.train.InPlaceAdam.implementation()
      };
    }
  }
}
