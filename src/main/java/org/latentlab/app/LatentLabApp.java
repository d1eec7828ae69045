package org.latentlab.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.latentlab.data.DataSources;
import org.latentlab.model.EngineSetup;
import org.latentlab.ui.about.AboutView;
import org.latentlab.ui.explorer.ExplorerSource;
import org.latentlab.ui.explorer.ExplorerView;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.export.ExportMenu;
import org.latentlab.ui.fx.FxDialogs;
import org.latentlab.ui.fx.Screens;
import org.latentlab.ui.fx.UiThreads;
import org.latentlab.ui.lesson.ExplorerDirector;
import org.latentlab.ui.lesson.ExplorerTabs;
import org.latentlab.ui.lesson.InformationStage;
import org.latentlab.ui.lesson.LectureKeys;
import org.latentlab.ui.lesson.LessonView;
import org.latentlab.ui.lesson.LessonViewModel;
import org.latentlab.ui.lesson.PresenterViewModel;
import org.latentlab.ui.lesson.Shortcuts;
import org.latentlab.ui.training.RecordedRunPlayer;
import org.latentlab.ui.training.TrainingService;
import org.latentlab.ui.training.TrainingViewModel;

/**
 * The LatentLab window: opens the bundled MNIST autoencoder and VAE at once (no dialog), loading
 * them off the FX thread behind a visible "loading" state, and closes every model on exit.
 */
public class LatentLabApp extends Application {
  private ExecutorService background;
  private ExecutorService measuring;
  private ExplorerViewModel explorer;
  private DjlTrainingService trainingService;
  private TrainingViewModel training;

  /** Where sessions come from; a development launcher substitutes fakes. */
  ExplorerSource createSource() {
    return new BundledExplorerSource();
  }

  /**
   * Starts opening the default models before any window exists (JavaFX calls this on its launcher
   * thread, after the toolkit is up), so loading overlaps building and showing the window. The view
   * model holds no nodes, and nothing observes it yet.
   */
  @Override
  public void init() {
    // One model thread: models serialize calls anyway, and a Predictor is not thread-safe.
    background =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "latentlab-models");
              t.setDaemon(true);
              return t;
            });
    // The latent-quality scores take seconds: their own thread, so the cursor never waits.
    measuring =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "latentlab-measuring");
              t.setDaemon(true);
              t.setPriority(Thread.MIN_PRIORITY);
              return t;
            });
    // Loading libtorch holds the process's library-loading lock for about half a second, and the
    // window's own native libraries load on demand (JavaFX's graphics while its toolkit starts, its
    // fonts at the first text, Java's preferences when the window's size is read): started any
    // earlier, libtorch kept the toolkit and then the first window waiting (0.5 s of a 2.5 s
    // start-up, JFR). So those load here, with the toolkit up, and the engine starts next, as the
    // model thread's first task, while the window is built.
    new javafx.scene.text.Text("LatentLab").getLayoutBounds(); // font files and glyphs: FreeType
    WindowMemory.store(); // java.util.prefs
    background.execute(
        () -> {
          GuiLauncher.passiveOpenMp(); // before libtorch: OpenMP reads it when it loads
          EngineSetup.engine();
        });
    ExplorerSource source = createSource();
    explorer =
        new ExplorerViewModel(
            new UiThreads(background, Platform::runLater),
            new UiThreads(measuring, Platform::runLater),
            source);
    if (!source.bundledNames().isEmpty()) {
      explorer.openBundled(source.bundledNames().get(0));
    }
    trainingService = new DjlTrainingService(DataSources.fromEnvironment());
    training =
        new TrainingViewModel(
            watchTraining(trainingService),
            new UiThreads(background, Platform::runLater),
            explorer,
            Path.of(System.getProperty("user.home")),
            System::nanoTime);
  }

  @Override
  public void start(Stage stage) {
    FxDialogs dialogs = new FxDialogs();
    ExplorerView view = new ExplorerView(explorer, dialogs, training);
    PresenterViewModel presenter = new PresenterViewModel();
    ExplorerDirector director = new ExplorerDirector(explorer, new ExplorerTabs(view));
    director.setTrainingPlayer(new RecordedRunPlayer(training)::show);
    director.setInformationStage(InformationStage.of(view.information()));
    director.setDrawingStage(org.latentlab.ui.lesson.DrawingStage.of(view.drawing()));
    LessonViewModel lesson =
        new LessonViewModel(director, new UiThreads(background, Platform::runLater));
    LessonView root = new LessonView(view, lesson, presenter, dialogs);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    WindowMemory memory =
        WindowMemory.read(
            WindowMemory.store(),
            Math.min(1600, screen.getWidth()),
            Math.min(1000, screen.getHeight()));
    Scene scene =
        new Scene(
            root,
            Math.min(memory.width(), screen.getWidth()),
            Math.min(memory.height(), screen.getHeight()));
    presenter.highContrastProperty().set(memory.highContrast());
    presenter.setPreferredScale(memory.scale());
    remember = () -> remember(stage, presenter, lesson, memory);
    view.addToolbarItem(root.lessonButton());
    UiThreads exportThreads = new UiThreads(background, Platform::runLater);
    view.addToolbarItem(new ExportMenu(explorer, training, dialogs, exportThreads));
    Runnable about =
        () -> AboutView.show(stage, AboutFacts.collect(explorer.sessionProperty().get()));
    view.addToolbarItem(helpMenu(presenter, about));
    Shortcuts keys = LectureKeys.table(explorer, view, lesson, presenter, root);
    keys.add("F1", "about LatentLab: versions, licences", Shortcuts.key(KeyCode.F1), about);
    keys.install(scene);
    root.showKeys(keys);
    presenter.fullScreenProperty().addListener((o, was, on) -> fullScreen(stage, on));
    stage
        .fullScreenProperty()
        .addListener(
            (o, was, on) -> {
              if (!on && presenter.fullScreenProperty().get()) {
                presenter.leave(); // Esc, handled by the stage itself
              }
            });
    stage.setFullScreenExitHint("");
    String startLesson = getParameters().getNamed().get("lesson");
    if (startLesson != null) {
      lesson.open(startLesson);
    } else if (memory.lesson() != null) {
      lesson.open(memory.lesson(), memory.scene());
    }
    stage.setScene(scene);
    stage
        .titleProperty()
        .bind(
            Bindings.createStringBinding(
                () -> AboutFacts.windowTitle(explorer.sessionProperty().get()),
                explorer.sessionProperty()));
    sceneReady(scene, explorer);
    stage.setMinWidth(1100);
    stage.setMinHeight(760);
    stage.show();
  }

  /** "Help": the list of keys and the About dialog. */
  private static MenuButton helpMenu(PresenterViewModel presenter, Runnable about) {
    MenuItem keys = new MenuItem("Keys (?)");
    keys.setOnAction(e -> presenter.toggleKeys());
    MenuItem aboutItem = new MenuItem("About LatentLab (F1)");
    aboutItem.setId("about-item");
    aboutItem.setOnAction(e -> about.run());
    MenuButton help = new MenuButton("Help", null, keys, aboutItem);
    help.setId("help-menu");
    return help;
  }

  private Rectangle2D windowed;
  private Runnable remember = () -> {};

  /** Keeps the window's size, the presenter's scale and contrast, and the lesson's place. */
  private void remember(
      Stage stage, PresenterViewModel presenter, LessonViewModel lesson, WindowMemory before) {
    boolean windowedNow = windowed == null && !stage.isFullScreen();
    double scale = presenter.scaleProperty().get();
    new WindowMemory(
            windowedNow ? stage.getWidth() : before.width(),
            windowedNow ? stage.getHeight() : before.height(),
            scale > 1 ? scale : before.scale(),
            presenter.highContrastProperty().get(),
            lesson.source(),
            Math.max(0, lesson.indexProperty().get()))
        .write(WindowMemory.store());
  }

  /**
   * Full screen on or off. Where the system cannot make a window full screen (a display without a
   * window manager), the window is also moved over the whole screen, and put back afterwards.
   */
  private void fullScreen(Stage stage, boolean on) {
    if (on) {
      windowed = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
      Rectangle2D screen = Screens.of(stage);
      stage.setFullScreen(true);
      if (stage.getWidth() < screen.getWidth()) {
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
      }
    } else {
      stage.setFullScreen(false);
      if (windowed != null) {
        stage.setX(windowed.getMinX());
        stage.setY(windowed.getMinY());
        stage.setWidth(windowed.getWidth());
        stage.setHeight(windowed.getHeight());
        windowed = null;
      }
    }
  }

  /**
   * Called once the window's scene holds the explorer, before the window is shown; the benchmark's
   * start-up probe overrides it (a user's window does nothing here).
   */
  protected void sceneReady(Scene scene, ExplorerViewModel explorer) {}

  /**
   * The training service the Train tab uses: {@code service} itself; the benchmark's Train-tab
   * probe wraps it to time the epochs it reports (a user's window does nothing here).
   */
  protected TrainingService watchTraining(TrainingService service) {
    return service;
  }

  @Override
  public void stop() throws InterruptedException {
    remember.run();
    if (training != null) {
      training.run().cancel();
    }
    if (trainingService != null) {
      trainingService.close();
    }
    if (measuring != null) {
      measuring.shutdownNow(); // a measurement in progress is not worth waiting for
    }
    if (background != null) {
      background.shutdown();
      background.awaitTermination(5, TimeUnit.SECONDS);
    }
    if (measuring != null) {
      measuring.awaitTermination(5, TimeUnit.SECONDS);
    }
    if (explorer != null) {
      explorer.close();
    }
  }
}
