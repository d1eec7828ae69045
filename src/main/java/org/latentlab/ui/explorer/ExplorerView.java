package org.latentlab.ui.explorer;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentlab.ui.fx.Dialogs;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.holes.HoleMapControls;
import org.latentlab.ui.information.InformationView;
import org.latentlab.ui.information.InformationViewModel;
import org.latentlab.ui.interpolation.InterpolationView;
import org.latentlab.ui.manifold.ManifoldView;
import org.latentlab.ui.plane.HoverPanel;
import org.latentlab.ui.posterior.InternalsView;
import org.latentlab.ui.training.TrainingView;
import org.latentlab.ui.training.TrainingViewModel;

/**
 * The explorer window's content: the toolbar, the "Latent space" tab (two planes, the shared
 * legend, the image under the mouse, the comparison and interpolation strips) and the "Manifold
 * grid" tab.
 *
 * <p>Build it around any {@link ExplorerViewModel}: {@code new ExplorerView(new
 * ExplorerViewModel(threads, source), dialogs)}, then {@code vm.show(session)} or {@code
 * vm.openBundled(name)}.
 */
public final class ExplorerView extends BorderPane {
  /** The style class of controls a projected scene can do without (presenter mode hides them). */
  public static final String OPTIONAL = org.latentlab.ui.fx.Theme.PRESENTER_OPTIONAL;

  private final PlaneView autoencoder;
  private final PlaneView vae;
  private final TabPane tabs = new TabPane();
  // The other tabs are built the first time they are shown: start-up builds only what the first
  // frame needs, so the window appears sooner.
  private final Tab gridTab = new Tab("Manifold grid");
  private final Tab internalsTab = new Tab("Inside the VAE");
  private final Tab informationTab = new Tab("Information");
  private final Tab trainTab = new Tab("Train");
  private final ExplorerViewModel vm;
  private final Dialogs dialogs;
  private final PngExport export;
  private final TrainingViewModel training;
  private ManifoldView manifold;
  private InternalsView internals;
  private TrainingView trainingView;
  private InformationViewModel information;
  private final org.latentlab.ui.drawing.DrawingViewModel drawing;
  private ExplorerToolbar toolbar;
  private HBox legendBar;
  private boolean controlsShown = true;

  /**
   * The explorer around a view model.
   *
   * @param vm the state and commands
   * @param dialogs file choosers and error reporting
   */
  public ExplorerView(ExplorerViewModel vm, Dialogs dialogs) {
    this(vm, dialogs, null);
  }

  /**
   * The explorer with a "Train" tab.
   *
   * @param training the training panel's state and commands, or null for no such tab
   */
  public ExplorerView(ExplorerViewModel vm, Dialogs dialogs, TrainingViewModel training) {
    setId("explorer");
    getStyleClass().add("explorer");
    getStylesheets().add(ExplorerView.class.getResource("explorer.css").toExternalForm());
    this.vm = vm;
    this.dialogs = dialogs;
    this.training = training;
    this.export = new PngExport(dialogs, vm.threads());
    this.drawing = new org.latentlab.ui.drawing.DrawingViewModel(vm, vm.threads());
    vm.setErrorHandler(
        message -> dialogs.showError(getScene() == null ? null : getScene().getWindow(), message));

    autoencoder = new PlaneView(vm, vm.autoencoder(), export, "ae");
    vae = new PlaneView(vm, vm.vae(), export, "vae");
    HBox planes = new HBox(16, autoencoder, vae);
    HBox.setHgrow(autoencoder, Priority.ALWAYS);
    HBox.setHgrow(vae, Priority.ALWAYS);
    VBox.setVgrow(planes, Priority.ALWAYS);
    ComparisonView comparison =
        new ComparisonView(
            vm.comparison(),
            export,
            i ->
                i == vm.firstSelectedProperty().get()
                    ? "A"
                    : i == vm.secondSelectedProperty().get() ? "B" : "");
    comparison.nameModels(vm.autoencoder().shortNameProperty(), vm.vae().shortNameProperty());
    InterpolationView interpolation = new InterpolationView(vm.interpolation(), export);
    HBox.setHgrow(interpolation, Priority.ALWAYS);
    HoverPanel hover = new HoverPanel(vm);
    hover.getStyleClass().add(OPTIONAL);
    HBox strips = new HBox(16, comparison, interpolation, hover);
    LegendView legend = new LegendView(vm);
    HBox.setHgrow(legend, Priority.ALWAYS);
    HBox legendBar = new HBox(16, legend, new HoleMapControls(vm.holeMap()), new HintsView());
    legendBar.setId("legend-bar");
    legendBar.getStyleClass().add("legend-bar");
    legendBar.setAlignment(Pos.CENTER_LEFT);
    VBox latent = new VBox(14, legendBar, planes, strips);
    latent.getStyleClass().add("tab-body");

    Tab latentTab = new Tab("Latent space", latent);
    latentTab.setId("latent-tab");
    gridTab.setId("grid-tab");
    internalsTab.setId("internals-tab");
    informationTab.setId("information-tab");
    tabs.getTabs().addAll(latentTab, gridTab, internalsTab, informationTab);
    tabs.getTabs()
        .add(
            tabs.getTabs().indexOf(internalsTab) + 1,
            org.latentlab.ui.drawing.DrawingView.tab(drawing, dialogs));
    tabs.getTabs().add(org.latentlab.ui.kinds.OtherAutoencodersView.tab(vm, vm.threads(), dialogs));
    if (training != null) {
      trainTab.setId("train-tab");
      tabs.getTabs().add(trainTab);
    }
    gridTab.selectedProperty().addListener((o, was, now) -> manifoldView());
    internalsTab.selectedProperty().addListener((o, was, now) -> internalsView());
    trainTab.selectedProperty().addListener((o, was, now) -> trainingView());
    informationTab
        .selectedProperty()
        .addListener(
            (o, was, now) -> {
              if (informationTab.getContent() == null) {
                informationTab.setContent(new InformationView(information()));
              }
            });
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    vm.manifold().activeProperty().bind(gridTab.selectedProperty());

    toolbar = new ExplorerToolbar(vm, dialogs);
    this.legendBar = legendBar;
    setTop(toolbar);
    setCenter(new StackPane(tabs, loadingOverlay(vm)));
  }

  private static VBox loadingOverlay(ExplorerViewModel vm) {
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(72, 72);
    Label what = new Label();
    what.getStyleClass().add("loading-text");
    what.textProperty().bind(vm.statusProperty());
    VBox overlay = new VBox(18, progress, what);
    overlay.setId("loading");
    overlay.getStyleClass().add("loading-overlay");
    overlay.setAlignment(Pos.CENTER);
    overlay.visibleProperty().bind(vm.loadingProperty());
    return overlay;
  }

  /** The autoencoder's plane card. */
  public PlaneView autoencoderPlane() {
    return autoencoder;
  }

  /** The VAE's plane card. */
  public PlaneView vaePlane() {
    return vae;
  }

  /** The "Draw" tab's pad (a lesson scene may put a drawing on it). */
  public org.latentlab.ui.drawing.DrawingViewModel drawing() {
    return drawing;
  }

  /** The manifold tab's content (built now if it has not been shown yet). */
  public ManifoldView manifoldView() {
    if (manifold == null) {
      manifold = new ManifoldView(vm.manifold(), export);
      gridTab.setContent(manifold);
      applyControls(manifold);
    }
    return manifold;
  }

  /** The "Train" tab's content (built now if it has not been shown yet), or null. */
  TrainingView trainingView() {
    if (trainingView == null && training != null) {
      trainingView = new TrainingView(training, dialogs);
      trainTab.setContent(trainingView);
    }
    return trainingView;
  }

  /** The "Information" tab's state (made now if the tab has not been shown yet). */
  public InformationViewModel information() {
    if (information == null) {
      information = new InformationViewModel();
    }
    return information;
  }

  /** The "Inside the VAE" tab's content (built now if it has not been shown yet). */
  public InternalsView internalsView() {
    if (internals == null) {
      internals = new InternalsView(vm, export);
      internalsTab.setContent(internals);
      applyControls(internals);
    }
    return internals;
  }

  /** The tabs ("Latent space", "Manifold grid", "Inside the VAE", "Train"). */
  TabPane tabs() {
    return tabs;
  }

  /**
   * Shows the tab whose id is {@code id} ("latent-tab", "grid-tab", …); an unknown id is ignored.
   */
  public void selectTab(String id) {
    for (Tab t : tabs.getTabs()) {
      if (id.equals(t.getId())) {
        tabs.getSelectionModel().select(t);
      }
    }
  }

  /** The id of the tab shown. */
  public String selectedTabId() {
    return tabs.getSelectionModel().getSelectedItem().getId();
  }

  /**
   * Shows or hides the controls a projected scene does not need: the toolbar and the legend bar.
   */
  public void setControlsShown(boolean shown) {
    controlsShown = shown;
    setTop(shown ? toolbar : null);
    legendBar.setVisible(shown);
    legendBar.setManaged(shown);
    // Each tab's content, not the tab pane: its skin (which adds the content) may not exist yet.
    for (Tab t : tabs.getTabs()) {
      if (t.getContent() != null) {
        applyControls(t.getContent());
      }
    }
  }

  private void applyControls(javafx.scene.Node root) {
    for (javafx.scene.Node n : root.lookupAll("." + OPTIONAL)) {
      n.setVisible(controlsShown);
      n.setManaged(controlsShown);
    }
  }

  /** Adds {@code item} to the toolbar, after the model controls. */
  public void addToolbarItem(javafx.scene.Node item) {
    toolbar.addItem(item);
  }
}
