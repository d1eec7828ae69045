package org.latentlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Scalar constants for arithmetic that autograd records.
 *
 * <p>Why not {@code x.mul(0.5f)}: DJL's PyTorch engine turns a Java number into a tensor that
 * aliases a temporary direct buffer and closes it right after the operation. Operations such as
 * {@code mul} and {@code maximum} keep that tensor for the backward pass, and once a garbage
 * collection frees the buffer, backward reads freed memory, and training diverges at the first GC
 * that hits one (see {@code src/site/markdown/decisions.md}). A tensor made by {@code full} owns
 * its memory, so autograd can keep it safely.
 */
public final class Scalar {
  private Scalar() {}

  /** A float32 scalar tensor holding {@code value}, owned by {@code like}'s manager. */
  public static NDArray of(NDArray like, float value) {
    return like.getManager().full(new Shape(), value, DataType.FLOAT32);
  }
}
