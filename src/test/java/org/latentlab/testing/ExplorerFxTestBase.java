package org.latentlab.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.latentlab.latent.ScreenTransform;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerView;
import org.latentlab.ui.explorer.ExplorerViewModel;
import org.latentlab.ui.explorer.PlaneView;
import org.latentlab.ui.fx.ClassPalette;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.fx.UiThreads;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Opens the explorer on fake models with same-thread executors, so every click is decoded before
 * the robot's next step and assertions need no waiting.
 */
public abstract class ExplorerFxTestBase extends ApplicationTest {
  public static final Path SNAPSHOTS = Path.of("target", "ui-snapshots");
  public static final int POINTS = 5000;

  static {
    // The headless screen must hold the window (Monocle's default is 1280 × 800).
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  public ExplorerViewModel vm;
  public ExplorerView view;
  public ExplorerSession session;
  protected final RecordingDialogs dialogs = new RecordingDialogs();

  /** The threads the view model runs on (same-thread unless a test overrides). */
  protected UiThreads threads() {
    return UiThreads.sameThread();
  }

  @Override
  public void start(Stage stage) {
    session = FakeSource.session(POINTS);
    vm = new ExplorerViewModel(threads(), new FakeSource(POINTS));
    view = new ExplorerView(vm, dialogs);
    stage.setScene(new Scene(view, 1500, 940));
    stage.show();
    openSession();
  }

  /** Shows the fake session; a test may replace this. */
  protected void openSession() {
    vm.show(session);
  }

  @AfterEach
  protected void closeWindow() throws Exception {
    interact(vm::close);
    FxToolkit.hideStage();
  }

  /** Where plane point (x, y) of {@code plane} is on the screen. */
  protected Point2D screenOf(PlaneView plane, double x, double y) {
    ScreenTransform t = plane.planeCanvas().transform();
    return plane.planeCanvas().canvas().localToScreen(t.screenX(x), t.screenY(y));
  }

  /** The plane point under screen point {@code p}. */
  protected double[] planeAt(PlaneView plane, Point2D p) {
    Point2D local = plane.planeCanvas().canvas().screenToLocal(p);
    ScreenTransform t = plane.planeCanvas().transform();
    return new double[] {t.dataX(local.getX()), t.dataY(local.getY())};
  }

  /** Saves a snapshot of {@code node} as evidence under target/ui-snapshots/. */
  protected void snapshot(Node node, String name) {
    interact(
        () -> {
          try {
            PngExport.write(PngExport.snapshot(node), SNAPSHOTS.resolve(name + ".png"));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** A snapshot of {@code node} taken on the FX thread. */
  protected Image snapshotImage(Node node) {
    java.util.concurrent.atomic.AtomicReference<Image> out =
        new java.util.concurrent.atomic.AtomicReference<>();
    interact(() -> out.set(PngExport.snapshot(node)));
    return out.get();
  }

  /** How many pixels of an image have one of the class colours. */
  public static int classColoredPixels(Image image) {
    int count = 0;
    var reader = image.getPixelReader();
    for (int y = 0; y < (int) image.getHeight(); y++) {
      for (int x = 0; x < (int) image.getWidth(); x++) {
        int argb = reader.getArgb(x, y);
        for (int c = 0; c < ClassPalette.size(); c++) {
          if (argb == ClassPalette.argb(c)) {
            count++;
            break;
          }
        }
      }
    }
    return count;
  }

  /** A colour check that reads better in assertions. */
  protected static boolean isClassColor(Color c) {
    for (int i = 0; i < ClassPalette.size(); i++) {
      if (ClassPalette.color(i).equals(c)) {
        return true;
      }
    }
    return false;
  }
}
