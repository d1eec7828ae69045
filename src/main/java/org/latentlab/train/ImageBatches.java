package org.latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.translate.Batchifier;
import java.util.Random;
import org.latentlab.data.ImageSet;
import org.latentlab.model.InputBuffer;

/**
 * An {@link ImageSet} as a DJL {@code Dataset} of shuffled mini-batches whose label is the image
 * itself (an autoencoder reconstructs its input).
 *
 * <p>Each batch is built straight from the byte pixels into one NDArray inside its own sub-manager;
 * closing the batch frees it and everything computed from it, which is what keeps native memory
 * flat across epochs. The input arrays alias one reused buffer ({@link InputBuffer}), so a batch
 * must be closed before the next is taken, as the training loop does.
 */
public final class ImageBatches extends ShuffledBatches {
  private final ImageSet images;
  private final InputBuffer input = new InputBuffer();
  private final float[] pixels;

  /**
   * @param images the training images
   * @param batchSize images per batch (the last batch of an epoch may be smaller)
   * @param seed seeds the shuffle: epoch k of a run always sees the same order
   */
  public ImageBatches(ImageSet images, int batchSize, long seed) {
    super(all(images.count()), batchSize, new Random(seed));
    this.images = images;
    this.pixels = new float[batchSize * images.pixelsPerImage()];
  }

  @Override
  protected Batch batch(NDManager batchManager, int[] order, int from, int size, int done) {
    int n = images.pixelsPerImage();
    for (int k = 0; k < size; k++) {
      images.copyImage(order[from + k], pixels, k * n);
    }
    NDArray x = input.create(batchManager, pixels, size * n, new Shape(size, n));
    return new Batch(
        batchManager,
        new NDList(x),
        new NDList(x),
        size,
        Batchifier.STACK,
        Batchifier.STACK,
        done,
        order.length);
  }
}
