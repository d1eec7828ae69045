package org.latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.translate.Batchifier;
import java.util.Random;
import org.latentlab.data.ImageSet;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.model.InputBuffer;

/**
 * An {@link ImageSet} as a DJL {@code Dataset} of shuffled mini-batches whose label is the image
 * itself (an autoencoder reconstructs its input).
 *
 * <p>Each batch is built straight from the byte pixels into one NDArray inside its own sub-manager;
 * closing the batch frees it and everything computed from it, which is what keeps native memory
 * flat across epochs. The input arrays alias one reused buffer ({@link InputBuffer}), so a batch
 * must be closed before the next is taken, as the training loop does.
 *
 * <p>For a denoising autoencoder the batch's data are corrupted copies ({@link Corruption}) and its
 * labels the clean images: the network sees x̃ and is scored against x.
 */
public final class ImageBatches extends ShuffledBatches {
  private final ImageSet images;
  private final InputBuffer input = new InputBuffer();
  private final float[] pixels;
  private final Corruption noise;
  private final InputBuffer noisyInput = new InputBuffer();
  private final float[] noisy;
  private final Random noiseRandom;

  /**
   * @param images the training images
   * @param batchSize images per batch (the last batch of an epoch may be smaller)
   * @param seed seeds the shuffle: epoch k of a run always sees the same order
   */
  public ImageBatches(ImageSet images, int batchSize, long seed) {
    this(images, batchSize, seed, null);
  }

  /**
   * @param noise corrupts every batch's data (its labels stay clean), or null for none
   */
  public ImageBatches(ImageSet images, int batchSize, long seed, Corruption noise) {
    super(all(images.count()), batchSize, new Random(seed));
    this.images = images;
    this.pixels = new float[batchSize * images.pixelsPerImage()];
    this.noise = noise;
    this.noisy = noise == null ? null : new float[pixels.length];
    // Its own stream, so the shuffle is the same with and without noise.
    this.noiseRandom = new Random(seed ^ 0x5DEECE66DL);
  }

  @Override
  protected Batch batch(NDManager batchManager, int[] order, int from, int size, int done) {
    int n = images.pixelsPerImage();
    for (int k = 0; k < size; k++) {
      images.copyImage(order[from + k], pixels, k * n);
    }
    NDArray x = input.create(batchManager, pixels, size * n, new Shape(size, n));
    NDArray data = x;
    if (noise != null) {
      noise.apply(pixels, 0, noisy, 0, size * n, noiseRandom);
      data = noisyInput.create(batchManager, noisy, size * n, new Shape(size, n));
    }
    return new Batch(
        batchManager,
        new NDList(data),
        new NDList(x),
        size,
        Batchifier.STACK,
        Batchifier.STACK,
        done,
        order.length);
  }
}
