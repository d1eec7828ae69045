package org.latentlab.app;

import java.util.List;

/**
 * The JVM options the window is launched with ({@code mvn javafx:run} passes the same list, kept in
 * sync by a test), and that {@code bench} gives the processes in which it measures the window.
 *
 * <p>{@code -XX:TieredStopAtLevel=1}: only the quick C1 compiler. During start-up HotSpot's C2
 * compiler took 1.5 s of CPU out of 3.8 s on this 2-core machine ({@code -XX:+CITime}), competing
 * with building the window and encoding the data; during a drag it competes with the decoder and
 * the renderer. Measured, C1 only against the default, same minute: a headless start to exit after
 * the first frame 1.93–1.95 s vs 2.25–2.45 s (4 starts each); mouse → screen p99 4.9–5.4 ms vs
 * 6.2–7.0 ms, on the first drag 9–11 vs 19–20 ms; decoding unchanged (native); the price is slower
 * plain-Java loops, e.g. redrawing 60,000 points 1.9 ms instead of 1.0–1.3 ms.
 */
public final class GuiJvm {
  public static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1");

  private GuiJvm() {}
}
