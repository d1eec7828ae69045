package org.latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Locale;

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
    reserve(bytes);
    buffer.asFloatBuffer().put(data, 0, length);
    return wrap(manager, bytes, shape);
  }

  /**
   * An NDArray of shape (rows, width) in {@code manager} holding {@code rows}, copied row by row
   * with no flat array in between; see the class note.
   *
   * @throws IllegalArgumentException if a row is not {@code width} values long
   */
  public NDArray create(NDManager manager, float[][] rows, int width) {
    int bytes = Math.multiplyExact(rows.length, width) * Float.BYTES;
    reserve(bytes);
    FloatBuffer values = buffer.asFloatBuffer();
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].length != width) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT, "row %d has %d values, expected %d", i, rows[i].length, width));
      }
      values.put(rows[i]);
    }
    return wrap(manager, bytes, new Shape(rows.length, width));
  }

  private void reserve(int bytes) {
    if (buffer == null || buffer.capacity() < bytes) {
      buffer = ByteBuffer.allocateDirect(Math.max(bytes, 1024)).order(ByteOrder.nativeOrder());
    }
    buffer.clear();
  }

  private NDArray wrap(NDManager manager, int bytes, Shape shape) {
    buffer.limit(bytes);
    return manager.create(buffer, shape, DataType.FLOAT32);
  }
}
