package org.latentlab.app;

import java.util.List;

/**
 * The JVM options the window is launched with ({@code mvn javafx:run} passes the same list, kept in
 * sync by a test), and that {@code bench} gives the processes in which it measures the window.
 *
 * <p>{@code -XX:TieredStopAtLevel=1}: only the quick C1 compiler. On two cores HotSpot's C2
 * compiler competes with building the window and encoding the data at start-up, and with the
 * decoder and the renderer during a drag; decoding is native and does not need it. The price is
 * slower plain-Java loops (see {@code src/site/markdown/decisions.md} for the figures).
 */
public final class GuiJvm {
  public static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1");

  private GuiJvm() {}
}
