package org.latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import ai.djl.translate.Batchifier;
import ai.djl.util.Progress;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;
import org.latentlab.data.ImageSet;
import org.latentlab.model.InputBuffer;

/**
 * An {@link ImageSet} as a DJL {@link Dataset} of shuffled mini-batches whose label is the image
 * itself (an autoencoder reconstructs its input).
 *
 * <p>Each batch is built straight from the byte pixels into one NDArray inside its own sub-manager;
 * closing the batch frees it and everything computed from it, which is what keeps native memory
 * flat across epochs. The input arrays alias one reused buffer ({@link InputBuffer}), so a batch
 * must be closed before the next is taken, as the training loop does.
 */
public final class ImageBatches implements Dataset {
  private final ImageSet images;
  private final int batchSize;
  private final Random shuffle;
  private final InputBuffer input = new InputBuffer();
  private final float[] pixels;

  /**
   * @param images the training images
   * @param batchSize images per batch (the last batch of an epoch may be smaller)
   * @param seed seeds the shuffle: epoch k of a run always sees the same order
   */
  public ImageBatches(ImageSet images, int batchSize, long seed) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    this.images = images;
    this.batchSize = batchSize;
    this.shuffle = new Random(seed);
    this.pixels = new float[batchSize * images.pixelsPerImage()];
  }

  /** Batches per epoch. */
  public int batchesPerEpoch() {
    return (images.count() + batchSize - 1) / batchSize;
  }

  /** One epoch: a fresh permutation, then the batches in order. */
  @Override
  public Iterable<Batch> getData(NDManager manager) {
    int[] order = permutation(images.count());
    return () -> new EpochIterator(manager, order);
  }

  @Override
  public void prepare(Progress progress) {
    // The images are already in memory.
  }

  private int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = shuffle.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private final class EpochIterator implements Iterator<Batch> {
    private final NDManager parent;
    private final int[] order;
    private int next;

    EpochIterator(NDManager parent, int[] order) {
      this.parent = parent;
      this.order = order;
    }

    @Override
    public boolean hasNext() {
      return next < order.length;
    }

    @Override
    public Batch next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int size = Math.min(batchSize, order.length - next);
      int n = images.pixelsPerImage();
      for (int k = 0; k < size; k++) {
        images.copyImage(order[next + k], pixels, k * n);
      }
      next += size;
      NDManager batchManager = parent.newSubManager();
      NDArray x = input.create(batchManager, pixels, size * n, new Shape(size, n));
      return new Batch(
          batchManager,
          new NDList(x),
          new NDList(x),
          size,
          Batchifier.STACK,
          Batchifier.STACK,
          next,
          order.length);
    }
  }
}
