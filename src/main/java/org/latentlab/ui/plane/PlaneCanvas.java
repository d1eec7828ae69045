package org.latentlab.ui.plane;

import javafx.beans.Observable;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.fx.ResizableCanvas;

/**
 * The interactive scatter of one plane. Primary press or drag moves the cursor; a click within a
 * few pixels of a point selects it (Shift: as the second endpoint); the wheel zooms about the
 * mouse; a secondary drag pans; hovering reports the point under the mouse.
 */
public final class PlaneCanvas extends ResizableCanvas {
  private static final double PICK_RADIUS = 6;
  private static final double CLICK_SLOP = 4;

  private final ExplorerViewModel explorer;
  private final PlaneViewModel plane;
  private final PlaneRenderer renderer = new PlaneRenderer();
  private final PlaneCursor cursor = new PlaneCursor();
  private PlaneLayer underlay;
  private double pressX;
  private double pressY;
  private double lastX;
  private double lastY;
  private boolean dragged;
  private boolean movingCursor;
  private final boolean marks;

  public PlaneCanvas(ExplorerViewModel explorer, PlaneViewModel plane) {
    this(explorer, plane, false);
  }

  /**
   * @param marks whether to draw the selected image's posterior, its samples and prior samples
   *     ({@link ExplorerViewModel#marksFor})
   */
  public PlaneCanvas(ExplorerViewModel explorer, PlaneViewModel plane, boolean marks) {
    this.explorer = explorer;
    this.plane = plane;
    this.marks = marks;
    getChildren().add(cursor);
    getStyleClass().add("plane-canvas");
    setMinSize(200, 160);
    setPrefSize(520, 480);
    for (Observable o :
        new Observable[] {
          plane.dataProperty(),
          plane.viewProperty(),
          plane.pathProperty(),
          explorer.hoveredProperty(),
          explorer.firstSelectedProperty(),
          explorer.secondSelectedProperty()
        }) {
      o.addListener(obs -> redraw());
    }
    // A drag moves only the cursor's nodes; the canvas keeps its drawing.
    plane.cursorProperty().addListener(obs -> placeCursor());
    if (marks) {
      for (Observable o :
          new Observable[] {
            explorer.posterior().selectedProperty(),
            explorer.posterior().fanProperty(),
            explorer.prior().samplesProperty(),
            explorer.posterior().sampledPlaneProperty(),
            explorer.posterior().plotSamplesProperty()
          }) {
        o.addListener(obs -> redraw());
      }
    }
    setOnResize(this::resized);
    Canvas canvas = canvas();
    canvas.setOnMousePressed(this::pressed);
    canvas.setOnMouseDragged(this::dragged);
    canvas.setOnMouseReleased(this::released);
    canvas.setOnMouseMoved(e -> explorer.hover(pick(e.getX(), e.getY())));
    canvas.setOnMouseExited(e -> explorer.hover(-1));
    canvas.setOnScroll(this::scrolled);
  }

  /** The data ↔ pixel mapping of the current drawing. */
  public ScreenTransform transform() {
    return PlaneRenderer.transform(
        PlaneScene.viewOf(plane), canvas().getWidth(), canvas().getHeight(), false);
  }

  /** What this canvas draws, titled for an export or untitled (null) on screen. */
  public PlaneScene scene(String title) {
    PlaneScene s = PlaneScene.of(explorer, plane, title);
    if (!marks) {
      return s;
    }
    // The posterior marks name the selected image themselves; cursor, letters and path belong to
    // the "Latent space" tab.
    return new PlaneScene(
        s.title(),
        explorer.posterior().plotted(s.data()),
        s.view(),
        null,
        s.hovered(),
        -1,
        -1,
        null,
        s.priorRings(),
        explorer.marksFor(plane));
  }

  /** A new size changes the plot's shape, which the view's area follows before the redraw. */
  private void resized() {
    ScreenTransform t = transform();
    plane.setViewportAspect(t.width() / t.height());
    redraw();
  }

  public void redraw() {
    if (hasArea()) {
      Canvas canvas = canvas();
      renderer.draw(
          canvas.getGraphicsContext2D(),
          scene(null).withCursor(null),
          canvas.getWidth(),
          canvas.getHeight(),
          underlay);
      placeCursor();
    }
  }

  /** Moves the cursor's nodes (the posterior tab's planes show no cursor, as in {@link #scene}). */
  private void placeCursor() {
    cursor.place(transform(), marks ? null : plane.cursorOnPlane());
  }

  /** What to draw under the points (the hole map), or null. */
  public void setUnderlay(PlaneLayer layer) {
    underlay = layer;
    redraw();
  }

  /** The layer drawn under the points, or null. */
  public PlaneLayer underlay() {
    return underlay;
  }

  private void pressed(MouseEvent e) {
    lastX = e.getX();
    lastY = e.getY();
    movingCursor = false;
    if (e.getButton() == MouseButton.PRIMARY && transform().containsScreen(e.getX(), e.getY())) {
      pressX = e.getX();
      pressY = e.getY();
      dragged = false;
      movingCursor = true;
      moveCursor(e);
    } else if (e.getButton() == MouseButton.SECONDARY) {
      canvas().setCursor(Cursor.MOVE);
    }
  }

  private void dragged(MouseEvent e) {
    if (e.isPrimaryButtonDown() && movingCursor) {
      dragged |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP;
      moveCursor(e);
    } else if (e.isSecondaryButtonDown()) {
      ScreenTransform t = transform();
      plane.pan(-(e.getX() - lastX) * t.unitsPerPixelX(), (e.getY() - lastY) * t.unitsPerPixelY());
    }
    lastX = e.getX();
    lastY = e.getY();
  }

  private void released(MouseEvent e) {
    canvas().setCursor(Cursor.DEFAULT);
    if (e.getButton() == MouseButton.PRIMARY && movingCursor && !dragged) {
      int index = pick(e.getX(), e.getY());
      if (index >= 0) {
        explorer.select(index, e.isShiftDown());
      }
    }
  }

  private void scrolled(ScrollEvent e) {
    ScreenTransform t = transform();
    if (e.getDeltaY() != 0 && t.containsScreen(e.getX(), e.getY())) {
      // One wheel notch (40 px) zooms by about 15%.
      plane.zoom(Math.pow(1.0035, e.getDeltaY()), t.dataX(e.getX()), t.dataY(e.getY()));
    }
  }

  private void moveCursor(MouseEvent e) {
    ScreenTransform t = transform();
    double x = Math.max(t.left(), Math.min(t.left() + t.width(), e.getX()));
    double y = Math.max(t.top(), Math.min(t.top() + t.height(), e.getY()));
    plane.moveCursorTo(t.dataX(x), t.dataY(y));
  }

  private int pick(double sx, double sy) {
    ScreenTransform t = transform();
    if (!t.containsScreen(sx, sy)) {
      return -1;
    }
    return plane.pointNear(
        t.dataX(sx),
        t.dataY(sy),
        PICK_RADIUS * t.unitsPerPixelX(),
        PICK_RADIUS * t.unitsPerPixelY());
  }
}
