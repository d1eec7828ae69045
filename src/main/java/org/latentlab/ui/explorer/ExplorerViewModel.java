package org.latentlab.ui.explorer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.latentlab.ui.fx.LatestWins;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.holes.HoleMapViewModel;
import org.latentlab.ui.interpolation.InterpolationViewModel;
import org.latentlab.ui.manifold.ManifoldViewModel;
import org.latentlab.ui.plane.LabelledImages;
import org.latentlab.ui.plane.PlaneData;
import org.latentlab.ui.plane.PlaneMarks;
import org.latentlab.ui.plane.PlaneViewModel;
import org.latentlab.ui.posterior.PosteriorViewModel;
import org.latentlab.ui.posterior.PriorSamplesViewModel;

/**
 * The explorer: an autoencoder and a VAE side by side on the same data. Loads sessions off the FX
 * thread, tracks the hovered and selected images, and owns the per-feature view models.
 *
 * <p>Construct it with injected threads ({@link UiThreads#sameThread()} in tests) and hand it a
 * session with {@link #show(ExplorerSession)}, or let it open one from its {@link ExplorerSource}.
 */
public final class ExplorerViewModel implements AutoCloseable {
  /** Points plotted per plane for large data sets unless the user chooses more. */
  public static final int DEFAULT_POINTS = 10_000;

  private final UiThreads threads;
  private final ExplorerSource source;
  private final Random random;
  private final javafx.collections.ObservableList<Path> openedFolders =
      javafx.collections.FXCollections.observableArrayList();
  // One read-only view, kept: listeners on a wrapper that is thrown away are collected with it.
  private final javafx.collections.ObservableList<Path> openedFoldersView =
      javafx.collections.FXCollections.unmodifiableObservableList(openedFolders);
  private Path pendingFolder;
  private String basis;
  private String leftModel;
  private String rightModel;
  private final PlaneViewModel autoencoder;
  private final PlaneViewModel vae;
  private final ComparisonViewModel comparison;
  private final InterpolationViewModel interpolation;
  private final ManifoldViewModel manifold;
  private final PosteriorViewModel posterior;
  private final PriorSamplesViewModel prior;
  private final HoleMapViewModel holeMap;
  private final LatestWins<SessionLoader.Loaded> loader;
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyObjectWrapper<ExplorerSession> session =
      new ReadOnlyObjectWrapper<>(this, "session");
  private final ReadOnlyObjectWrapper<LabelledImages> images =
      new ReadOnlyObjectWrapper<>(this, "images");
  private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(this, "hovered", -1);
  private final ReadOnlyIntegerWrapper first = new ReadOnlyIntegerWrapper(this, "first", -1);
  private final ReadOnlyIntegerWrapper second = new ReadOnlyIntegerWrapper(this, "second", -1);
  // Endpoints that are drawn digits, by "is B": they take the place of A or B.
  private final java.util.Map<Boolean, InterpolationViewModel.Endpoint> drawn =
      new java.util.HashMap<>();
  private final ReadOnlyIntegerWrapper drawnEndpoints =
      new ReadOnlyIntegerWrapper(this, "drawnEndpoints", 0);
  private final IntegerProperty pointLimit =
      new SimpleIntegerProperty(this, "pointLimit", DEFAULT_POINTS);
  private Consumer<String> errorHandler = message -> {};

  /**
   * An explorer with nothing loaded yet.
   *
   * @param threads where model calls run and results are applied
   * @param source the bundled pairs and model folders the user may open
   */
  public ExplorerViewModel(UiThreads threads, ExplorerSource source) {
    this(threads, threads, source, new Random());
  }

  /**
   * An explorer whose sampling (posterior fans, prior grids) draws from {@code random}: tests pass
   * a seeded one.
   */
  public ExplorerViewModel(UiThreads threads, ExplorerSource source, Random random) {
    this(threads, threads, source, random);
  }

  /**
   * An explorer with nothing loaded yet whose slow measurements (the latent-quality scores) run on
   * their own threads, so decoding at the cursor never waits for them.
   *
   * @param measuring where the scores are computed and applied
   */
  public ExplorerViewModel(UiThreads threads, UiThreads measuring, ExplorerSource source) {
    this(threads, measuring, source, new Random());
  }

  /**
   * The full constructor.
   *
   * @param threads where model calls run and results are applied
   * @param measuring where the latent-quality scores are computed and applied
   * @param source the bundled pairs and model folders the user may open
   * @param random what posterior fans and prior grids draw from
   */
  public ExplorerViewModel(
      UiThreads threads, UiThreads measuring, ExplorerSource source, Random random) {
    this.threads = Objects.requireNonNull(threads);
    this.source = Objects.requireNonNull(source);
    Consumer<Throwable> onError = e -> reportError("Model call failed", e);
    autoencoder = new PlaneViewModel("Autoencoder", threads, onError);
    vae = new PlaneViewModel("Variational autoencoder", threads, onError);
    comparison = new ComparisonViewModel(threads, onError);
    interpolation = new InterpolationViewModel(autoencoder, vae, threads, onError);
    manifold = new ManifoldViewModel(autoencoder, vae, threads, onError);
    this.random = random;
    posterior = new PosteriorViewModel(threads, onError, random);
    prior = new PriorSamplesViewModel(threads, onError, random);
    holeMap =
        new HoleMapViewModel(
            autoencoder, vae, images.getReadOnlyProperty(), threads, measuring, source, onError);
    loader = new LatestWins<>(threads, this::loadFailed);
    pointLimit.addListener(
        (obs, was, now) -> {
          ExplorerSession s = session.get();
          if (s != null && s.images().count() > Math.min(was.intValue(), now.intValue())) {
            load(s.title(), () -> s, basis, leftModel, rightModel);
          }
        });
  }

  /** Shows a given session (models and data), e.g. one built by a test or the CLI. */
  public void show(ExplorerSession s) {
    load(s.title(), () -> s, s.title(), null, null);
  }

  /** Opens a bundled model pair by name (one of {@link ExplorerSource#bundledNames()}). */
  public void openBundled(String name) {
    load(name, () -> source.openBundled(name), name, null, null);
  }

  /** Opens the model in {@code folder} in place of the current model of its kind. */
  public void openFolder(Path folder) {
    pendingFolder = folder;
    ExplorerSession current = session.get();
    load(
        String.valueOf(folder.getFileName()),
        () -> source.openFolder(folder, current),
        folder.toString(),
        null,
        null);
  }

  /**
   * Puts {@code model} (a bundled model's name, see {@link #bundledModels()}, or a model folder) on
   * one plane, whatever its kind; the other plane and the data stay. Two VAEs can so sit side by
   * side.
   *
   * @param left the left plane, else the right
   */
  public void openOnPlane(String model, boolean left) {
    ExplorerSession current = session.get();
    Path named = Path.of(model).getFileName();
    load(
        named == null ? model : named.toString(),
        () -> source.openOnPlane(model, current, left),
        basis,
        left ? model : leftModel,
        left ? rightModel : model);
  }

  /** The single bundled models either plane can show on the data set shown ("mnist-vae-beta0"). */
  public List<String> bundledModels() {
    ExplorerSession s = session.get();
    return s == null ? List.of() : source.bundledModels(s.autoencoder().info().dataset());
  }

  /**
   * What the shown models were opened from: the bundled pair's name or the model folder, before any
   * plane was given a model of its own.
   */
  public String basis() {
    return basis;
  }

  /**
   * The model a plane was given with {@link #openOnPlane}, or null when it shows the model that
   * came with {@link #basis()}.
   */
  public String planeModel(boolean left) {
    return left ? leftModel : rightModel;
  }

  private void load(
      String what,
      Callable<ExplorerSession> opener,
      String newBasis,
      String newLeft,
      String newRight) {
    loading.set(true);
    status.set("Loading " + what + "\u2026");
    int limit = pointLimit.get();
    ExplorerSession current = session.get();
    loader.submit(
        () -> SessionLoader.prepare(what, opener, limit, current),
        l -> {
          basis = newBasis;
          leftModel = newLeft;
          rightModel = newRight;
          install(l);
        });
  }

  private void install(SessionLoader.Loaded l) {
    if (pendingFolder != null && !openedFolders.contains(pendingFolder)) {
      openedFolders.add(pendingFolder);
    }
    pendingFolder = null;
    ExplorerSession old = session.get();
    hovered.set(-1);
    first.set(-1);
    second.set(-1);
    drawn.clear(); // a drawing's codes belong to the models it was read by
    drawnEndpoints.set(0);
    interpolation.setEndpoints(-1, -1);
    comparison.clear();
    posterior.clear();
    prior.clear();
    session.set(l.session());
    images.set(l.shown());
    autoencoder.install(l.ae());
    vae.install(l.vae());
    posterior.setPlane(l.shown(), l.vae());
    loading.set(false);
    status.set(statusLine());
    if (old != null && old != l.session()) {
      threads.background().execute(() -> SessionLoader.closeUnused(old, l.session()));
    }
  }

  private String statusLine() {
    LabelledImages shown = images.get();
    return String.format(
        "%s \u00b7 %,d of %,d images", shown.name(), shown.count(), session.get().images().count());
  }

  private void loadFailed(Throwable e) {
    pendingFolder = null;
    loading.set(false);
    status.set(session.get() == null ? "No models loaded" : statusLine());
    if (e instanceof SessionLoader.LoadFailure f) {
      reportError("Could not open " + f.what(), f.getCause());
    } else {
      reportError("Could not open the models", e);
    }
  }

  private void reportError(String what, Throwable e) {
    errorHandler.accept(SessionLoader.oneLine(what, e));
  }

  /** Who hears about failures, as one line each (the view shows a dialog). */
  public void setErrorHandler(Consumer<String> handler) {
    errorHandler = Objects.requireNonNull(handler);
  }

  /** Marks image {@code index} as hovered (-1 for none). */
  public void hover(int index) {
    hovered.set(index);
  }

  /**
   * Selects image {@code index}: as the first endpoint, or with {@code asSecond} (Shift-click) as
   * the second. Both cursors move to its codes and both models reconstruct it.
   */
  public void select(int index, boolean asSecond) {
    PlaneData a = autoencoder.dataProperty().get();
    PlaneData v = vae.dataProperty().get();
    if (a == null || index < 0 || index >= a.size()) {
      return;
    }
    (asSecond ? second : first).set(index);
    autoencoder.setCursor(a.codes()[index]);
    vae.setCursor(v.codes()[index]);
    // Every card shows the image clicked last, where the cursors now are; captions say A or B.
    comparison.show(images.get(), a, v, index);
    posterior.show(images.get(), a, v, index);
    drawn.remove(asSecond);
    updateInterpolation();
  }

  /**
   * Makes a digit drawn on the pad endpoint A (or, with {@code asSecond}, B) of the interpolation,
   * by the codes the two models gave it; the image of the data set that was A (or B) is let go.
   * Both cursors move to the drawing's codes.
   *
   * @param left the left model's code of the drawing
   * @param right the right model's code (μ for a VAE)
   */
  public void useDrawing(float[] left, float[] right, boolean asSecond) {
    if (autoencoder.dataProperty().get() == null) {
      return;
    }
    drawn.put(asSecond, InterpolationViewModel.Endpoint.drawn(left, right));
    (asSecond ? second : first).set(-1);
    autoencoder.setCursor(left);
    vae.setCursor(right);
    updateInterpolation();
  }

  /** Whether endpoint A (or B, with {@code second}) is a drawn digit. */
  public boolean isDrawn(boolean second) {
    return drawn.containsKey(second);
  }

  /** How many endpoints are drawn digits (0 to 2); changes when one is set or let go. */
  public ReadOnlyIntegerProperty drawnEndpointsProperty() {
    return drawnEndpoints.getReadOnlyProperty();
  }

  private void updateInterpolation() {
    drawnEndpoints.set(drawn.size());
    InterpolationViewModel.Endpoint a =
        drawn.containsKey(false)
            ? drawn.get(false)
            : first.get() >= 0 ? InterpolationViewModel.Endpoint.image(first.get()) : null;
    InterpolationViewModel.Endpoint b =
        drawn.containsKey(true)
            ? drawn.get(true)
            : second.get() >= 0 ? InterpolationViewModel.Endpoint.image(second.get()) : null;
    boolean same =
        a != null
            && b != null
            && a.index() == b.index()
            && java.util.Arrays.equals(a.left(), b.left())
            && java.util.Arrays.equals(a.right(), b.right());
    interpolation.setEndpoints(same ? null : a, same ? null : b);
  }

  /** Forgets both selected images. */
  public void clearSelection() {
    first.set(-1);
    second.set(-1);
    drawn.clear(); // a drawing's codes belong to the models it was read by
    drawnEndpoints.set(0);
    interpolation.setEndpoints(-1, -1);
    comparison.clear();
    posterior.clear();
  }

  /**
   * Draws K codes from the VAE's prior N(0, I) and as many from a Gaussian fitted to the AE's
   * codes, and decodes them (K is the posterior's sample count).
   */
  public void samplePrior() {
    prior.sample(
        autoencoder.dataProperty().get(),
        vae.dataProperty().get(),
        posterior.sampleCountProperty().get());
  }

  /**
   * Restarts every random draw (posterior fans, prior samples) from {@code seed}, so a lesson's
   * scene shows the same samples each time it is shown.
   */
  public void reseed(long seed) {
    random.setSeed(seed);
  }

  /** Closes the current session's models; the explorer is empty afterwards. */
  @Override
  public void close() {
    ExplorerSession s = session.get();
    session.set(null);
    SessionLoader.closeUnused(s, null);
    holeMap.close();
  }

  /** Where model calls run; views use it to write files off the FX thread. */
  UiThreads threads() {
    return threads;
  }

  /**
   * The model folders opened since the window started, oldest first, so the switcher can offer them
   * again.
   */
  public javafx.collections.ObservableList<Path> openedFolders() {
    return openedFoldersView;
  }

  /** The bundled pairs on offer. */
  public List<String> bundledNames() {
    return source.bundledNames();
  }

  /** The left plane. */
  public PlaneViewModel autoencoder() {
    return autoencoder;
  }

  /** The right plane. */
  public PlaneViewModel vae() {
    return vae;
  }

  /** Input | AE reconstruction | VAE reconstruction of the selected image. */
  public ComparisonViewModel comparison() {
    return comparison;
  }

  /** The path between the two selected images. */
  public InterpolationViewModel interpolation() {
    return interpolation;
  }

  /** The decoded n × n grids. */
  public ManifoldViewModel manifold() {
    return manifold;
  }

  /** The selected image's posterior, samples and ELBO terms. */
  public PosteriorViewModel posterior() {
    return posterior;
  }

  /** Samples from the prior (VAE) and from a Gaussian fitted to the codes (AE). */
  public PriorSamplesViewModel prior() {
    return prior;
  }

  /** Everything the "Inside the VAE" tab draws over {@code plane}. */
  public PlaneMarks marksFor(PlaneViewModel plane) {
    PlaneData d = plane.dataProperty().get();
    return posterior.marksFor(d).plus(prior.marksFor(d));
  }

  /** The hole maps over both planes and their latent-quality scores. */
  public HoleMapViewModel holeMap() {
    return holeMap;
  }

  /** True while a session is being opened and encoded. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** One line saying what is shown or being loaded. */
  ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The session on screen, or null. */
  public ReadOnlyObjectProperty<ExplorerSession> sessionProperty() {
    return session.getReadOnlyProperty();
  }

  /** The images plotted (at most {@link #pointLimitProperty()} of the session's). */
  public ReadOnlyObjectProperty<LabelledImages> imagesProperty() {
    return images.getReadOnlyProperty();
  }

  /** The image under the mouse, or -1. */
  public ReadOnlyIntegerProperty hoveredProperty() {
    return hovered.getReadOnlyProperty();
  }

  /** The first selected image (plain click), or -1. */
  public ReadOnlyIntegerProperty firstSelectedProperty() {
    return first.getReadOnlyProperty();
  }

  /** The second selected image (Shift-click), or -1. */
  public ReadOnlyIntegerProperty secondSelectedProperty() {
    return second.getReadOnlyProperty();
  }

  /** How many images of a large data set to plot (re-encodes when changed). */
  public IntegerProperty pointLimitProperty() {
    return pointLimit;
  }
}
