package org.latentlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a data spec into training data: the one place where the CLI and the GUI find their data.
 *
 * <ul>
 *   <li>{@code mnist}: the 10,000 MNIST training digits bundled in the jar ({@link BundledMnist}).
 *       No test split is bundled; evaluate on the official test set by naming its files ({@link
 *       #readPair}).
 *   <li>{@code fashion}: Fashion-MNIST, 60,000 + 10,000, from the Debian package {@code
 *       dataset-fashion-mnist} ({@value #DEFAULT_FASHION_DIR}), or the folder named by the system
 *       property {@code latentlab.fashion.dir} or the environment variable {@code
 *       LATENTLAB_FASHION_DIR}.
 *   <li>a folder holding {@code train-images-idx3-ubyte[.gz]} and {@code
 *       train-labels-idx1-ubyte[.gz]}, and optionally the {@code t10k-} pair as its test split;
 *       classes are the digits 0-9.
 *   <li>{@code djl-mnist}, {@code djl-fashion}: DJL's own datasets through DJL's cache. DJL
 *       downloads them only if the user allows it with {@code LATENTLAB_DJL_ONLINE=true} (or {@code
 *       -Dlatentlab.djl.online=true}); otherwise they must already be in the cache.
 *   <li>{@code djl-mnist:<folder>}, {@code djl-fashion:<folder>}: the same from a local DJL
 *       repository folder, read in place (layout in {@link LocalDjlRepository}).
 * </ul>
 *
 * <p>Every problem is an {@link IOException} with a one-line message: {@link DataSourceException}
 * when data cannot be found, {@link IdxFormatException} when a file is malformed.
 */
public final class DataSources {
  /** Where the Debian package {@code dataset-fashion-mnist} installs Fashion-MNIST. */
  public static final String DEFAULT_FASHION_DIR = "/usr/share/datasets/fashion-mnist";

  /** The accepted forms of a data spec, for messages and help texts. */
  public static final String ACCEPTED =
      "mnist (bundled 10k digits), fashion (Fashion-MNIST), a folder with"
          + " train-images-idx3-ubyte[.gz] and train-labels-idx1-ubyte[.gz],"
          + " djl-mnist[:<repository folder>] or djl-fashion[:<repository folder>]";

  /**
   * Where the data lives on this machine.
   *
   * @param fashionDir the Fashion-MNIST folder
   * @param djlOnline whether DJL may download its datasets
   */
  public record Settings(Path fashionDir, boolean djlOnline) {
    /**
     * The settings from system properties, then environment variables, then defaults: {@code
     * latentlab.fashion.dir} / {@code LATENTLAB_FASHION_DIR} (default {@value
     * DataSources#DEFAULT_FASHION_DIR}), {@code latentlab.djl.online} / {@code
     * LATENTLAB_DJL_ONLINE} (default false).
     */
    public static Settings fromEnvironment() {
      String fashion =
          setting("latentlab.fashion.dir", "LATENTLAB_FASHION_DIR", DEFAULT_FASHION_DIR);
      String online = setting("latentlab.djl.online", "LATENTLAB_DJL_ONLINE", "false");
      return new Settings(Path.of(fashion), Boolean.parseBoolean(online.trim()));
    }

    private static String setting(String property, String env, String fallback) {
      String value = System.getProperty(property);
      if (value == null || value.isBlank()) {
        value = System.getenv(env);
      }
      return value == null || value.isBlank() ? fallback : value;
    }
  }

  private final Settings settings;

  /** Resolves specs with the given settings. */
  public DataSources(Settings settings) {
    this.settings = settings;
  }

  /** Resolves specs with {@link Settings#fromEnvironment()}. */
  public static DataSources fromEnvironment() {
    return new DataSources(Settings.fromEnvironment());
  }

  /**
   * Finds the data a spec names and checks that it is there, without reading the images yet.
   *
   * @throws DataSourceException if the spec is unknown or its data is missing
   */
  public DataSource resolve(String spec) throws DataSourceException {
    String s = spec == null ? "" : spec.strip();
    if (s.isEmpty()) {
      throw new DataSourceException("no data named; use " + ACCEPTED);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals("mnist")) {
      return new Bundled();
    }
    if (lower.equals("fashion")) {
      return IdxFolderSource.open(
          settings.fashionDir(),
          "Fashion-MNIST",
          ClassNames.FASHION,
          "install Fashion-MNIST with 'apt-get install dataset-fashion-mnist', or point"
              + " LATENTLAB_FASHION_DIR at a folder with its four files");
    }
    for (DjlSource.Kind kind : DjlSource.Kind.values()) {
      if (lower.equals(kind.spec)) {
        return DjlSource.open(kind, null, settings.djlOnline());
      }
      if (lower.startsWith(kind.spec + ":")) {
        Path folder = path(s.substring(kind.spec.length() + 1), spec);
        return DjlSource.open(kind, folder, settings.djlOnline());
      }
    }
    Path folder = path(s, spec);
    if (Files.isDirectory(folder)) {
      return IdxFolderSource.open(
          folder,
          folderName(folder),
          ClassNames.DIGITS,
          "a data folder needs the training pair (and may have the t10k- pair as its test split)");
    }
    if (looksLikePath(s)) {
      throw new DataSourceException("no such folder: " + s + "; use " + ACCEPTED);
    }
    throw new DataSourceException("unknown data '" + s + "'; use " + ACCEPTED);
  }

  /** Reads the training split of {@code spec}. */
  public ImageSet training(String spec) throws IOException {
    return resolve(spec).training();
  }

  /** Reads the test split of {@code spec}, if it has one ({@code mnist} has none). */
  public Optional<ImageSet> test(String spec) throws IOException {
    return resolve(spec).test();
  }

  /** The class names of {@code spec}'s data, without reading it. */
  public List<String> classNames(String spec) throws DataSourceException {
    return resolve(spec).classNames();
  }

  /**
   * Reads an images file and a labels file the user named, for example the official MNIST test set
   * for evaluation. The set is named after the images file.
   */
  public static ImageSet readPair(Path images, Path labels, List<String> classNames)
      throws IOException {
    for (Path p : List.of(images, labels)) {
      DataFiles.checkRegularFile(p);
    }
    return IdxReader.readImageSet(images, labels, IdxReader.displayName(images), classNames);
  }

  private static String folderName(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? folder.toString() : name.toString();
  }

  private static Path path(String text, String spec) throws DataSourceException {
    if (text.isBlank()) {
      throw new DataSourceException("'" + spec + "' names no folder; use " + ACCEPTED);
    }
    try {
      return Path.of(text.strip());
    } catch (InvalidPathException e) {
      throw new DataSourceException("unknown data '" + spec + "'; use " + ACCEPTED, e);
    }
  }

  private static boolean looksLikePath(String s) {
    return s.contains("/") || s.contains("\\") || s.startsWith(".") || s.startsWith("~");
  }

  /** The bundled digits: training only. */
  private static final class Bundled implements DataSource {
    @Override
    public String describe() {
      return BundledMnist.NAME + ", inside LatentLab";
    }

    @Override
    public List<String> classNames() {
      return ClassNames.DIGITS;
    }

    @Override
    public ImageSet training() throws IOException {
      return BundledMnist.load();
    }

    @Override
    public Optional<ImageSet> test() {
      return Optional.empty();
    }
  }
}
