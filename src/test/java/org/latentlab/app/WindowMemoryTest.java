package org.latentlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the window remembers between runs survives a restart, and nonsense falls back. */
class WindowMemoryTest {
  private final Preferences node =
      Preferences.userRoot().node("org/latentlab/test-" + ProcessHandle.current().pid());

  @AfterEach
  void clean() throws Exception {
    node.removeNode();
  }

  @Test
  void theLastLessonSceneSizeScaleAndContrastComeBack() {
    new WindowMemory(1280, 720, 1.5, true, "/home/me/lecture.json", 7).write(node);
    assertEquals(
        new WindowMemory(1280, 720, 1.5, true, "/home/me/lecture.json", 7),
        WindowMemory.read(node, 1600, 1000));
  }

  @Test
  void aFirstStartAndDamagedValuesGetTheDefaults() {
    assertEquals(
        new WindowMemory(1600, 1000, 1, false, null, 0), WindowMemory.read(node, 1600, 1000));
    node.put("width", "wide");
    node.putDouble("height", -5);
    node.putDouble("scale", 9);
    node.putInt("scene", -3);
    node.put("lesson", " ");
    assertEquals(
        new WindowMemory(1600, 1000, 1, false, null, 0), WindowMemory.read(node, 1600, 1000));
  }
}
