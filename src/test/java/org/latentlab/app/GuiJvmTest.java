package org.latentlab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GuiJvmTest {
  /** {@code mvn javafx:run} must start the window the way the benchmark measures it. */
  @Test
  void mavensRunGoalPassesTheWindowsJvmOptions() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    int plugin = pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>");
    assertTrue(plugin > 0, "pom.xml has no javafx-maven-plugin");
    String options = pom.substring(plugin, pom.indexOf("</options>", plugin));
    for (String option : GuiJvm.OPTIONS) {
      assertTrue(
          options.contains("<option>" + option + "</option>"),
          "javafx:run does not pass " + option + " (see GuiJvm)");
    }
  }
}
