package org.latentlab.ui.lesson;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.latentlab.lesson.Lessons;
import org.latentlab.lesson.Scene;
import org.latentlab.ui.explorer.ExplorerView;
import org.latentlab.ui.fx.Dialogs;

/**
 * The window's root around the explorer: the lesson bar (the scene's title and caption in large
 * type, where we are, back and forward, the lesson menu), the explorer magnified by the presenter
 * scale, the black screen and the overlay of keys.
 */
public final class LessonView extends StackPane {
  private final ExplorerView explorer;
  private final LessonViewModel lesson;
  private final PresenterViewModel presenter;
  private final Dialogs dialogs;
  private final VBox keys = new VBox(10);
  private Label position;

  /**
   * @param explorer the explorer it wraps
   * @param lesson the lesson being shown
   * @param presenter presenter mode
   * @param dialogs file choosers, the scene editor and error reporting
   */
  public LessonView(
      ExplorerView explorer,
      LessonViewModel lesson,
      PresenterViewModel presenter,
      Dialogs dialogs) {
    this.explorer = explorer;
    this.lesson = lesson;
    this.presenter = presenter;
    this.dialogs = dialogs;
    setId("lesson-root");
    ScaledPane scaled = new ScaledPane(explorer);
    scaled.scaleProperty().bind(presenter.scaleProperty());
    BorderPane main = new BorderPane(scaled);
    main.setTop(bar());
    Region black = new Region();
    black.setId("black-screen");
    black.setStyle("-fx-background-color: black;");
    black.visibleProperty().bind(presenter.blackProperty());
    keys.setId("keys-overlay");
    keys.setVisible(false);
    keys.visibleProperty().bind(presenter.keysShownProperty());
    keys.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    keys.setPadding(new Insets(24, 32, 24, 32));
    keys.setStyle(
        "-fx-background-color: rgba(20,24,30,0.94); -fx-background-radius: 10;"
            + " -fx-font-size: 18px;");
    keys.setOnMouseClicked(e -> presenter.keysShownProperty().set(false));
    getChildren().addAll(main, keys, black);
    presenter
        .controlsHiddenProperty()
        .addListener((o, was, hidden) -> explorer.setControlsShown(!hidden));
    // Presenting, the explorer's body text is 16 px, so 24 px at the 1.5 scale of a 1920 screen.
    presenter
        .scaleProperty()
        .addListener(
            (o, was, s) -> {
              explorer.getStyleClass().remove("presenting");
              if (s.doubleValue() > 1) {
                explorer.getStyleClass().add("presenting");
              }
            });
    presenter
        .highContrastProperty()
        .addListener(
            (o, was, on) -> {
              if (on) {
                explorer.getStyleClass().add("high-contrast");
              } else {
                explorer.getStyleClass().remove("high-contrast");
              }
            });
    lesson.setProblemHandler(message -> dialogs.showError(window(), message));
  }

  private Region bar() {
    Label title = new Label();
    title.setId("scene-title");
    title.setStyle("-fx-font-weight: bold; -fx-text-fill: #1B1F24;");
    Label caption = new Label();
    caption.setId("scene-caption");
    caption.setWrapText(true);
    caption.setStyle("-fx-text-fill: #2A3038;");
    title.textProperty().bind(Bindings.selectString(lesson.sceneProperty(), "title"));
    lesson
        .sceneProperty()
        .addListener(
            (o, was, s) -> {
              title.setText(s == null ? "" : s.title());
              caption.setText(s == null ? "" : s.caption());
            });
    title.textProperty().unbind();
    // Titles at least 36 px and captions 24 px once the presenter scale is 1.5 or more.
    presenter.scaleProperty().addListener((o, was, s) -> fonts(title, caption, s.doubleValue()));
    fonts(title, caption, presenter.scaleProperty().get());
    VBox words = new VBox(4, title, caption);
    HBox.setHgrow(words, Priority.ALWAYS);
    position = new Label();
    position.setId("scene-position");
    position.textProperty().bind(lesson.positionProperty());
    fonts(title, caption, presenter.scaleProperty().get());
    Button back = new Button("\u25c0");
    back.setId("scene-previous");
    back.setOnAction(e -> lesson.previous());
    Button forward = new Button("\u25b6");
    forward.setId("scene-next");
    forward.setOnAction(e -> lesson.next());
    back.disableProperty().bind(lesson.indexProperty().lessThanOrEqualTo(0));
    forward
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () ->
                    lesson.lessonProperty().get() == null
                        || lesson.indexProperty().get() >= lesson.lessonProperty().get().size() - 1,
                lesson.indexProperty(),
                lesson.lessonProperty()));
    MenuButton menu = menu();
    for (Region r : new Region[] {position, back, forward, menu}) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox bar = new HBox(14, words, position, back, forward, menu);
    bar.setId("lesson-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(10, 18, 10, 18));
    bar.setStyle(
        "-fx-background-color: white; -fx-border-color: transparent transparent #D5D9DF"
            + " transparent;");
    bar.visibleProperty().bind(lesson.lessonProperty().isNotNull());
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  private void fonts(Label title, Label caption, double scale) {
    if (position != null) {
      position.setStyle("-fx-text-fill: #5C6470; -fx-font-size: " + 16 * scale + "px;");
    }
    title.setStyle(
        "-fx-font-weight: bold; -fx-text-fill: #1B1F24; -fx-font-size: " + 24 * scale + "px;");
    caption.setStyle("-fx-text-fill: #2A3038; -fx-font-size: " + 16 * scale + "px;");
  }

  private MenuButton menu() {
    MenuItem add = new MenuItem("Add the current view as a scene\u2026");
    add.setId("scene-add");
    add.setOnAction(e -> addScene());
    MenuItem edit = new MenuItem("Edit the title and caption\u2026");
    edit.setId("scene-edit");
    edit.setOnAction(e -> editScene());
    MenuItem earlier = new MenuItem("Move the scene earlier");
    earlier.setOnAction(e -> lesson.moveCurrent(-1));
    MenuItem later = new MenuItem("Move the scene later");
    later.setOnAction(e -> lesson.moveCurrent(1));
    MenuItem delete = new MenuItem("Delete the scene");
    delete.setId("scene-delete");
    delete.setOnAction(e -> lesson.deleteCurrent());
    MenuItem open = new MenuItem("Open a lesson\u2026");
    open.setOnAction(e -> openLesson());
    MenuItem bundled = new MenuItem("Open the bundled lesson");
    bundled.setOnAction(e -> lesson.open(Lessons.AE_TO_VAE));
    MenuItem save = new MenuItem("Save the lesson as\u2026");
    save.setId("lesson-save");
    save.setOnAction(e -> saveLesson());
    MenuItem present = new MenuItem("Present (F5)");
    present.setOnAction(e -> present());
    MenuButton menu =
        new MenuButton(
            "Lesson",
            null,
            add,
            edit,
            earlier,
            later,
            delete,
            new SeparatorMenuItem(),
            open,
            bundled,
            save,
            new SeparatorMenuItem(),
            present);
    menu.setId("lesson-menu");
    return menu;
  }

  /** A "Lesson" menu for the explorer's toolbar, to open or present a lesson when none is open. */
  public MenuButton lessonButton() {
    MenuItem bundled = new MenuItem("Open the bundled lesson: from AE to VAE");
    bundled.setId("lesson-open-bundled");
    bundled.setOnAction(e -> lesson.open(Lessons.AE_TO_VAE));
    MenuItem open = new MenuItem("Open a lesson\u2026");
    open.setOnAction(e -> openLesson());
    MenuItem present = new MenuItem("Present (F5)");
    present.setOnAction(e -> present());
    MenuItem keysItem = new MenuItem("Keys (?)");
    keysItem.setOnAction(e -> presenter.toggleKeys());
    MenuButton button = new MenuButton("Lesson", null, bundled, open, present, keysItem);
    button.setId("lesson-button");
    return button;
  }

  /** Starts presenting: the bundled lesson if none is open, full screen, the screen's scale. */
  public void present() {
    if (lesson.lessonProperty().get() == null) {
      lesson.open(Lessons.AE_TO_VAE);
    }
    // Off-screen (no window yet) the scale is the one for a 1920-pixel projector.
    presenter.present(
        getScene() == null || getScene().getWindow() == null
            ? 1920
            : org.latentlab.ui.fx.Screens.of(getScene().getWindow()).getWidth());
  }

  /** Asks for words and adds the current view as a scene after the shown one. */
  public void addScene() {
    dialogs
        .askSceneWords(window(), new Dialogs.Words("New scene", "What the class should see here."))
        .ifPresent(w -> run(() -> lesson.addCurrentView(w.title(), w.caption())));
  }

  private void editScene() {
    Scene s = lesson.sceneProperty().get();
    if (s == null) {
      return;
    }
    dialogs
        .askSceneWords(window(), new Dialogs.Words(s.title(), s.caption()))
        .ifPresent(w -> run(() -> lesson.editCurrent(w.title(), w.caption())));
  }

  private void run(Runnable edit) {
    try {
      edit.run();
    } catch (IllegalArgumentException e) {
      dialogs.showError(window(), e.getMessage());
    }
  }

  /** Asks for a lesson file and opens it. */
  public void openLesson() {
    dialogs.chooseLessonToOpen(window()).ifPresent(p -> lesson.open(p.toString()));
  }

  /** Asks where to save the lesson and saves it. */
  public void saveLesson() {
    if (lesson.lessonProperty().get() == null) {
      return;
    }
    Optional<java.nio.file.Path> to = dialogs.chooseLessonToSave(window(), "lesson.json");
    to.ifPresent(p -> lesson.save(p, message -> dialogs.showInfo(window(), message)));
  }

  /** Fills the overlay of keys from the table the window listens to. */
  public void showKeys(Shortcuts shortcuts) {
    keys.getChildren().clear();
    Label heading = new Label("Keys");
    heading.setStyle("-fx-text-fill: white; -fx-font-size: 26px; -fx-font-weight: bold;");
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(6);
    int row = 0;
    for (Shortcuts.Shortcut s : shortcuts.table()) {
      if (s.keys().isEmpty()) {
        continue; // another key for the row above
      }
      Label k = new Label(s.keys());
      k.setStyle("-fx-text-fill: #FFD166; -fx-font-weight: bold;");
      Label w = new Label(s.what());
      w.setStyle("-fx-text-fill: white;");
      grid.addRow(row++, k, w);
    }
    keys.getChildren().addAll(heading, grid);
  }

  private Window window() {
    return getScene() == null ? null : getScene().getWindow();
  }
}
