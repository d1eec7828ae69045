package org.latentlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.latentlab.testing.ExplorerFxTestBase;
import org.latentlab.ui.fx.PngExport;
import org.latentlab.ui.fx.UiThreads;

/** "Same input, two models" says which endpoint, A or B, it reconstructs. */
class ComparisonViewTest extends ExplorerFxTestBase {

  @Test
  void theInputCaptionNamesTheEndpointShown() {
    AtomicReference<ComparisonView> card = new AtomicReference<>();
    interact(
        () ->
            card.set(
                new ComparisonView(
                    vm.comparison(),
                    new PngExport(dialogs, UiThreads.sameThread()),
                    i ->
                        i == vm.firstSelectedProperty().get()
                            ? "A"
                            : i == vm.secondSelectedProperty().get() ? "B" : "")));
    interact(() -> vm.select(0, false));
    assertEquals("A \u00b7 class " + className(0), inputCaption(card.get()));
    interact(() -> vm.select(1, true));
    int shown = vm.comparison().comparisonProperty().get().index();
    String expected = shown == 0 ? "A" : "B";
    assertEquals(expected + " \u00b7 class " + className(shown), inputCaption(card.get()));
  }

  private String className(int index) {
    return session.images().classNames().get(session.images().label(index));
  }

  private static String inputCaption(ComparisonView card) {
    return ((Label) card.lookupAll(".caption").iterator().next()).getText();
  }
}
