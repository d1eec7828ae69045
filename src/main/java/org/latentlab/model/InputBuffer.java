package org.latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Turns Java floats into NDArrays through one reused direct buffer.
 *
 * <p>Why: {@code NDManager.create(float[])} copies into a fresh direct ByteBuffer that the PyTorch
 * tensor aliases, and that native memory is only returned when a garbage collection happens to
 * collect the buffer object, so resident memory grows with every batch ({@code NativeMemoryTest}
 * guards against it; figures in {@code src/site/markdown/decisions.md}). The tensor aliases this
 * buffer, so the owner must close an array made here before the next {@link #create} call: one
 * batch or one inference call at a time, which is how the trainer and the inference handle work.
 */
public final class InputBuffer {
  private ByteBuffer buffer;

  /** An NDArray of {@code shape} in {@code manager} holding {@code data}; see the class note. */
  public NDArray create(NDManager manager, float[] data, Shape shape) {
    return create(manager, data, data.length, shape);
  }

  /** Like {@link #create(NDManager, float[], Shape)} from the first {@code length} values. */
  public NDArray create(NDManager manager, float[] data, int length, Shape shape) {
    int bytes = length * Float.BYTES;
    if (shape.size() != length) {
      throw new IllegalArgumentException(length + " values for shape " + shape);
    }
    if (buffer == null || buffer.capacity() < bytes) {
      buffer = ByteBuffer.allocateDirect(Math.max(bytes, 1024)).order(ByteOrder.nativeOrder());
    }
    buffer.clear();
    buffer.asFloatBuffer().put(data, 0, length);
    buffer.limit(bytes);
    return manager.create(buffer, shape, DataType.FLOAT32);
  }
}
