package org.latentlab.app.bench;

import java.util.Arrays;

/**
 * The entry point of the bench's window probes in their child JVMs: {@code java -cp …
 * org.latentlab.app.bench.WindowProbes first-frame} ({@link FirstFrameApp}) or {@code train-tab
 * EPOCHS [LIMIT]} ({@link TrainTabApp}).
 *
 * <p>Why a class of its own: the {@code java} launcher refuses a main class that extends {@code
 * javafx.application.Application} unless JavaFX is on the module path ("JavaFX runtime components
 * are missing"); LatentLab runs from the class path, as {@code Main} does.
 */
public final class WindowProbes {
  private WindowProbes() {}

  /** Starts the probe named by {@code args[0]}. */
  public static void main(String[] args) {
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args.length == 0 ? "" : args[0]) {
      case "first-frame" -> FirstFrameApp.main(rest);
      case "train-tab" -> TrainTabApp.main(rest);
      default -> throw new IllegalArgumentException("probe: first-frame or train-tab");
    }
  }
}
