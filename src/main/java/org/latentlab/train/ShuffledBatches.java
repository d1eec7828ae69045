package org.latentlab.train;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import ai.djl.util.Progress;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * In-memory images as a DJL {@link Dataset} of shuffled mini-batches: every epoch a fresh
 * Fisher–Yates permutation of the chosen images, then batches in order (the last may be smaller).
 * Subclasses build each batch, in its own sub-manager, from the indices of its images.
 */
public abstract class ShuffledBatches implements Dataset {
  private final int[] indices;
  private final int batchSize;
  private final Random random;

  /**
   * @param indices the images to use
   * @param batchSize images per batch
   * @param random drives the shuffle (subclasses may draw from it too, in the same order each run)
   */
  public ShuffledBatches(int[] indices, int batchSize, Random random) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    this.indices = indices.clone();
    this.batchSize = batchSize;
    this.random = random;
  }

  /** Indices 0 … n−1. */
  static int[] all(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }

  /** Batches per epoch. */
  public int batchesPerEpoch() {
    return (indices.length + batchSize - 1) / batchSize;
  }

  /** The random source of the shuffle, for subclasses that draw in the same sequence. */
  protected Random random() {
    return random;
  }

  /** One epoch: a fresh permutation, then the batches in order. */
  @Override
  public Iterable<Batch> getData(NDManager manager) {
    int[] order = indices.clone();
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return () -> new EpochIterator(manager, order);
  }

  @Override
  public void prepare(Progress progress) {
    // The images are already in memory.
  }

  /**
   * The batch of images {@code order[from … from + size)}, its arrays made in {@code batchManager}.
   *
   * @param done images of the epoch handed out once this batch is (for DJL's progress)
   */
  protected abstract Batch batch(NDManager batchManager, int[] order, int from, int size, int done);

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
      int from = next;
      int size = Math.min(batchSize, order.length - next);
      next += size;
      return batch(parent.newSubManager(), order, from, size, next);
    }
  }
}
