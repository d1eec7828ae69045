package org.latentlab.app;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import java.util.Locale;

/**
 * The two C library calls the window makes (Linux, glibc; through JNA, which DJL brings), each a
 * no-op elsewhere.
 *
 * <ul>
 *   <li>{@link #setEnvIfAbsent}: OpenMP reads its settings from the environment once, when libtorch
 *       is loaded, so a variable set here before the engine starts still counts.
 *   <li>{@link #trimHeap}: libtorch allocates a training run's tensors with malloc; glibc keeps
 *       what is freed mapped in the training thread's arena, so a window that trained three times
 *       would hold the peak of its runs. {@code malloc_trim(0)} after a run returns it.
 * </ul>
 */
public final class CLibrary {
  private CLibrary() {}

  /**
   * Sets {@code name} in this process's environment unless it is set already (the user's choice
   * wins); false if it was set or there is no C library call to do it.
   */
  public static boolean setEnvIfAbsent(String name, String value) {
    if (System.getenv(name) != null) {
      return false;
    }
    Function setenv = function("setenv");
    return setenv != null && setenv.invokeInt(new Object[] {name, value, 0}) == 0;
  }

  /** Returns the C heap's free memory to the system; true if some was returned. */
  public static boolean trimHeap() {
    Function trim = function("malloc_trim");
    return trim != null && trim.invokeInt(new Object[] {0}) == 1;
  }

  private static Function function(String name) {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      return null;
    }
    try {
      return NativeLibrary.getInstance("c").getFunction(name);
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      return null; // a C library without it (musl has no malloc_trim)
    }
  }
}
