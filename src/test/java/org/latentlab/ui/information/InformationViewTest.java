package org.latentlab.ui.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.info.Distribution;
import org.latentlab.latent.info.Entropy;
import org.latentlab.latent.info.Units;
import org.latentlab.testing.ExplorerFxTestBase;

/** The "Information" tab: dragging a bar and typing a probability change the KL on the screen. */
class InformationViewTest extends ExplorerFxTestBase {

  private String text(String id) {
    return lookup(id).queryAs(Label.class).getText();
  }

  private DiscreteViewModel discrete() {
    return lookup("#bars").queryAs(BarsPlot.class).vm();
  }

  @Test
  void draggingABarChangesTheDisplayedKl() {
    clickOn("Information");
    clickOn("#preset-biased-coin");
    // Biased coin p = (0.9, 0.1) against a fair q: KL(p‖q) = 1 − H(0.9) = 0.531 bits.
    assertEquals("0.531 bits", text("#kl-pq"));
    BarsPlot bars = lookup("#bars").queryAs(BarsPlot.class);
    Point2D top = bars.canvas().localToScreen(bars.barX(Side.P, 1), bars.yOf(0.1));
    Point2D target = bars.canvas().localToScreen(bars.barX(Side.P, 1), bars.yOf(0.75));
    drag(top, MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);

    Distribution p = discrete().distribution(Side.P);
    assertEquals(0.75, p.p(1), 0.01, "the tails bar follows the mouse");
    assertEquals(1, p.p(0) + p.p(1), 1e-12);
    double kl = Entropy.kl(p, discrete().distribution(Side.Q));
    // Near p = (0.25, 0.75): 0.25 log2 0.5 + 0.75 log2 1.5 = 0.189 bits.
    assertEquals(0.189, Units.BITS.fromNats(kl), 0.02);
    assertEquals(Amounts.format(kl, Units.BITS), text("#kl-pq"));
    snapshot(view, "information-dragged");
  }

  @Test
  void typingAProbabilityUpdatesTheKlAndBadInputKeepsTheLastValidState() {
    clickOn("Information");
    clickOn("#preset-biased-coin");
    TextField heads = lookup("#p-field-0").queryAs(TextField.class);
    doubleClickOn(heads).eraseText(8).write("0.5").type(KeyCode.ENTER);
    assertEquals("0.000 bits", text("#kl-pq"), "p = q = fair coin");
    assertEquals("1.000 bits", text("#h-p"));

    for (String bad : new String[] {"-1", "abc", ""}) {
      doubleClickOn(heads).eraseText(8);
      if (!bad.isEmpty()) {
        write(bad);
      }
      type(KeyCode.ENTER);
      String message = text("#discrete-message");
      assertFalse(message.isEmpty(), "a message for \"" + bad + "\"");
      assertTrue(message.endsWith("Kept p(heads) = 0.500."), message);
      assertEquals("0.000 bits", text("#kl-pq"), "the last valid state is kept");
    }
    clickOn("#units-nats");
    assertEquals("0.693 nats", text("#h-p"));
  }

  @Test
  void anEclipseTheReceiverRulesOutMakesKlInfiniteAndSaysWhy() {
    clickOn("Information");
    clickOn("#preset-sunrise-eclipse");
    assertEquals("\u221e bits", text("#kl-pq"));
    assertEquals("6.644 bits", text("#info-p-1"), "the notes' 6.64 bits of a solar eclipse");
    String why = text("#infinity-reason");
    assertTrue(why.startsWith("KL(p \u2016 q) = \u221e: q(solar eclipse) = 0"), why);
    snapshot(view, "information-eclipse");
  }
}
