package org.latentlab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Every key of the window in one table: what the "?" overlay lists is what the keys do. A key is
 * ignored while the user types in a text field, and lesson keys act only while a lesson is open
 * (otherwise the arrows and Space keep moving sliders and pressing buttons).
 */
public final class Shortcuts {

  /**
   * One row of the table.
   *
   * @param keys the keys as the overlay names them ("PageDown, →, Space")
   * @param what what they do
   * @param matches which key presses they are
   * @param active when they act
   * @param action what runs
   */
  public record Shortcut(
      String keys,
      String what,
      Predicate<KeyEvent> matches,
      BooleanSupplier active,
      Runnable action) {}

  private final List<Shortcut> table = new ArrayList<>();

  /** Adds a key that always acts. */
  public Shortcuts add(String keys, String what, Predicate<KeyEvent> matches, Runnable action) {
    return add(keys, what, matches, () -> true, action);
  }

  /** Adds a key that acts while {@code active} holds. */
  public Shortcuts add(
      String keys,
      String what,
      Predicate<KeyEvent> matches,
      BooleanSupplier active,
      Runnable action) {
    table.add(
        new Shortcut(
            keys,
            what,
            Objects.requireNonNull(matches),
            Objects.requireNonNull(active),
            Objects.requireNonNull(action)));
    return this;
  }

  /** The table, in the order the overlay shows it. */
  public List<Shortcut> table() {
    return List.copyOf(table);
  }

  /** A key press of one of {@code codes}, without Ctrl, Alt or Meta. */
  public static Predicate<KeyEvent> key(KeyCode... codes) {
    return e -> {
      if (e.getEventType() != KeyEvent.KEY_PRESSED
          || e.isControlDown()
          || e.isAltDown()
          || e.isMetaDown()) {
        return false;
      }
      for (KeyCode c : codes) {
        if (e.getCode() == c) {
          return true;
        }
      }
      return false;
    };
  }

  /** A key that types {@code text} ("?", "."), whatever the keyboard layout. */
  public static Predicate<KeyEvent> typed(String text) {
    return e ->
        e.getEventType() == KeyEvent.KEY_TYPED
            && text.equals(e.getCharacter())
            && !e.isControlDown()
            && !e.isAltDown();
  }

  /** A key press of {@code code} with Ctrl (or ⌘). */
  public static Predicate<KeyEvent> shortcut(KeyCode code) {
    return e ->
        e.getEventType() == KeyEvent.KEY_PRESSED && e.getCode() == code && e.isShortcutDown();
  }

  /** Listens on {@code scene} ahead of its controls. */
  public void install(Scene scene) {
    EventHandler<KeyEvent> handler = this::handle;
    scene.addEventFilter(KeyEvent.KEY_PRESSED, handler);
    scene.addEventFilter(KeyEvent.KEY_TYPED, handler);
  }

  /** Runs the first shortcut the press matches, and consumes it. */
  void handle(KeyEvent e) {
    if (e.getTarget() instanceof TextInputControl) {
      return;
    }
    for (Shortcut s : table) {
      if (s.matches().test(e) && s.active().getAsBoolean()) {
        e.consume();
        s.action().run();
        return;
      }
    }
  }
}
