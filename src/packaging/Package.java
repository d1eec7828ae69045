import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.latentlab.app.GuiJvm;

/**
 * Builds LatentLab as a self-contained app with jpackage: an app image for the current OS with its
 * own Java runtime, and on Linux also a .deb. {@code mvn -Pdist package} runs it (from the
 * repository root, after the jar and {@code target/lib} are built); by hand: {@code java -cp
 * target/classes src/packaging/Package.java --version=0.1.0 --deb=true}.
 *
 * <p>The app runs on the class path as {@code java -jar target/latentlab.jar} does: the bundled
 * models and data are resources inside {@code latentlab.jar}, the JavaFX jars (with the OS's
 * classifier) and DJL's PyTorch native jar sit beside it, and DJL unpacks libtorch from that jar
 * into {@code ~/.djl.ai} on the first start, offline. Everything lands in {@code target/dist/}.
 */
public final class Package {
  /**
   * The Java modules the app needs: {@code jdeps --print-module-deps} over the jar and target/lib,
   * plus jdk.crypto.ec for TLS (the djl-mnist and djl-fashion data sources download when online).
   */
  private static final String MODULES =
      "java.base,java.compiler,java.desktop,java.logging,java.management,java.prefs,java.sql,"
          + "java.xml,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.unsupported,jdk.unsupported.desktop";

  /**
   * The launcher's JVM options: the window's ({@link GuiJvm}), as {@code mvn javafx:run} passes.
   */
  private static final List<String> JAVA_OPTIONS =
      Stream.concat(GuiJvm.OPTIONS.stream(), Stream.of("-Dai.djl.pytorch.graph_optimizer=false"))
          .toList();

  private static final String NAME = "LatentLab";
  private static final String DESCRIPTION =
      "Explore and teach autoencoders and variational autoencoders";
  private static final Path TARGET = Path.of("target");
  private static final Path DIST = TARGET.resolve("dist");
  private static final Path ICONS = Path.of("src/packaging/icon");

  enum Os {
    LINUX("png"),
    MAC("icns"),
    WINDOWS("ico");

    final String iconExtension;

    Os(String iconExtension) {
      this.iconExtension = iconExtension;
    }

    static Os current() {
      String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
      return name.startsWith("win") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
    }
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    String version = option(args, "version", "0.1.0");
    boolean buildDeb = Boolean.parseBoolean(option(args, "deb", "true"));
    Os os = Os.current();
    long start = System.nanoTime();

    deleteRecursively(DIST);
    Path input = DIST.resolve("input");
    copyInput(input);

    List<String> image = new ArrayList<>(common(version, os));
    image.addAll(List.of("--type", "app-image", "--input", input.toString()));
    image.addAll(List.of("--main-jar", "latentlab.jar", "--main-class", "org.latentlab.app.Main"));
    image.addAll(List.of("--add-modules", MODULES));
    for (String option : JAVA_OPTIONS) {
      image.addAll(List.of("--java-options", option));
    }
    if (os == Os.WINDOWS) {
      // The main launcher is a GUI program without a console; the CLI's output needs one.
      image.addAll(List.of("--add-launcher", NAME + "-cli=src/packaging/windows/cli.properties"));
    }
    jpackage(image);
    deleteRecursively(input);
    Path app = DIST.resolve(os == Os.MAC ? NAME + ".app" : NAME);
    System.out.printf("App image: %s (%d MB) in %.1f s%n", app, megabytes(app), seconds(start));

    if (os == Os.LINUX && buildDeb) {
      long debStart = System.nanoTime();
      List<String> debArgs = new ArrayList<>(common(version, os));
      debArgs.addAll(List.of("--type", "deb", "--app-image", app.toString()));
      debArgs.addAll(List.of("--linux-package-name", "latentlab", "--linux-shortcut"));
      debArgs.addAll(List.of("--linux-menu-group", "Education;Science;"));
      debArgs.addAll(List.of("--linux-app-category", "science"));
      // The window's toolkit: JavaFX loads GTK 3 itself, so jpackage cannot see it.
      debArgs.addAll(List.of("--linux-package-deps", "libgtk-3-0"));
      debArgs.addAll(List.of("--license-file", "LICENSE"));
      jpackage(debArgs);
      try (Stream<Path> debs = Files.list(DIST)) {
        for (Path p : (Iterable<Path>) debs.filter(p -> p.toString().endsWith(".deb"))::iterator) {
          System.out.printf(
              "Debian package: %s (%d MB) in %.1f s%n", p, Files.size(p) >> 20, seconds(debStart));
        }
      }
    }
    System.out.printf("Packaged in %.1f s%n", seconds(start));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** The options both jpackage runs share. */
  private static List<String> common(String version, Os os) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--name", NAME, "--dest", DIST.toString()));
    args.addAll(List.of("--description", DESCRIPTION, "--vendor", NAME));
    args.addAll(List.of("--icon", ICONS.resolve("latentlab." + os.iconExtension).toString()));
    if (os != Os.MAC) {
      // macOS bundles reject a version whose first number is 0; there jpackage's default stays.
      args.addAll(List.of("--app-version", version.replace("-SNAPSHOT", "")));
    }
    return args;
  }

  /** latentlab.jar, its runtime libraries and the licences of the code, data and models. */
  private static void copyInput(Path input) throws IOException {
    Path lib = input.resolve("lib");
    Files.createDirectories(lib);
    Files.copy(TARGET.resolve("latentlab.jar"), input.resolve("latentlab.jar"));
    try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
      jars.forEach(jar -> copy(jar, lib.resolve(jar.getFileName())));
    }
    Path licences = Files.createDirectories(input.resolve("licences"));
    copy(Path.of("LICENSE"), licences.resolve("LICENSE"));
    copy(Path.of("models/README.md"), licences.resolve("models-README.md"));
    copy(Path.of("assets/README.md"), licences.resolve("assets-README.md"));
  }

  private static void jpackage(List<String> args) throws IOException, InterruptedException {
    Path tool = Path.of(System.getProperty("java.home"), "bin", "jpackage");
    List<String> command = new ArrayList<>(List.of(tool.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    // dpkg-deb's default xz took over 10 minutes on two busy cores for a few seconds of gzip's work
    // (the native jar is compressed already).
    builder.environment().putIfAbsent("DPKG_DEB_COMPRESSOR_TYPE", "gzip");
    builder.environment().putIfAbsent("DPKG_DEB_COMPRESSOR_LEVEL", "6");
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("jpackage failed with exit code " + exit + ": " + command);
    }
  }

  private static String option(String[] args, String name, String fallback) {
    for (String arg : args) {
      if (arg.startsWith("--" + name + "=")) {
        return arg.substring(name.length() + 3);
      }
    }
    return fallback;
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long megabytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() >> 20;
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
