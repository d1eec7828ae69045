package org.latentlab.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Forces a garbage collection, lets the JDK free the native memory of unreachable direct buffers,
 * and hands small blocks of it out again filled with {@code 1e6f}: memory a tensor still aliased
 * after its Java buffer was collected would then read as garbage.
 */
public final class NativeChurn {
  private NativeChurn() {}

  /** Collects, waits for the buffer cleaner, and returns the garbage-filled blocks (keep them). */
  public static List<ByteBuffer> collectAndReuse() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(30);
    }
    List<ByteBuffer> held = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      ByteBuffer b = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder());
      b.putFloat(0, 1e6f);
      held.add(b);
    }
    return held;
  }
}
