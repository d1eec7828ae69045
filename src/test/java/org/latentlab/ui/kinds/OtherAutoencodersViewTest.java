package org.latentlab.ui.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentlab.ui.fx.UiThreads;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/** The noise slider in a real window: moving it shows that much noise and both models' answers. */
class OtherAutoencodersViewTest extends ApplicationTest {
  static {
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  private OtherAutoencodersViewModel vm;

  @Override
  public void start(Stage stage) {
    vm = new OtherAutoencodersViewModel(UiThreads.sameThread(), KindFakes::models);
    vm.imageProperty().set(KindFakes.digit());
    stage.setScene(new Scene(new OtherAutoencodersView(vm), 1500, 900));
    stage.show();
    vm.load();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.hideStage();
  }

  private String text(String id) {
    return lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void draggingTheNoiseSliderShowsThatMuchNoiseAndWhatEachModelMakesOfIt() {
    assertEquals("\u03c3 = 0.50", text("#kinds-noise-text"));
    float[] before = vm.denoisedProperty().get().noisy();
    String aeBefore = text("#kinds-ae-error");

    Slider slider = lookup("#kinds-noise").queryAs(Slider.class);
    var track = slider.lookup(".track").localToScreen(slider.lookup(".track").getBoundsInLocal());
    clickOn(track.getMinX() + 2, track.getCenterY());
    assertTrue(slider.getValue() < 0.05, "slider at " + slider.getValue());
    assertTrue(text("#kinds-noise-text").startsWith("\u03c3 = 0.0"), text("#kinds-noise-text"));
    assertNotEquals(before, vm.denoisedProperty().get().noisy());
    assertNotEquals(aeBefore, text("#kinds-ae-error"), "the plain AE's error follows the noise");

    clickOn(track.getMaxX() - 2, track.getCenterY());
    assertTrue(slider.getValue() > 0.95, "slider at " + slider.getValue());
    double dae = Double.parseDouble(text("#kinds-dae-error").split(" ")[0]);
    double ae = Double.parseDouble(text("#kinds-ae-error").split(" ")[0]);
    assertTrue(dae < ae, "the fake DAE gives back the clean digit: " + dae + " vs " + ae);
    assertTrue(text("#sae-active").startsWith("1% of 256 units active"), text("#sae-active"));
    assertTrue(text("#ae-active").startsWith("50% of 256 units active"), text("#ae-active"));
  }
}
