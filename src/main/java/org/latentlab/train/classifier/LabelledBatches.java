package org.latentlab.train.classifier;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.translate.Batchifier;
import java.util.Arrays;
import java.util.Random;
import org.latentlab.data.ImageSet;
import org.latentlab.model.InputBuffer;
import org.latentlab.train.ImageBatches;
import org.latentlab.train.ShuffledBatches;

/**
 * An {@link ImageSet} as shuffled mini-batches of images and one-hot labels, for a classifier.
 *
 * <p>Like {@link ImageBatches}, each batch lives in its own sub-manager and its arrays alias reused
 * buffers, so a batch must be closed before the next is taken. With {@code shift > 0} every image
 * is moved by a random whole number of pixels in [−shift, shift] on each axis (zeros fill in): a
 * light augmentation that keeps digits and garments recognisable.
 */
public final class LabelledBatches extends ShuffledBatches {
  private final ImageSet images;
  private final int shift;
  private final InputBuffer pixelInput = new InputBuffer();
  private final InputBuffer labelInput = new InputBuffer();
  private final float[] pixels;
  private final float[] oneHot;
  private final float[] scratch;

  /**
   * @param images the training images
   * @param indices which images to use (e.g. all but a validation tail)
   * @param batchSize images per batch (the last batch of an epoch may be smaller)
   * @param shift the largest random shift in pixels, 0 for none
   * @param seed seeds the shuffle and the shifts
   */
  public LabelledBatches(ImageSet images, int[] indices, int batchSize, int shift, long seed) {
    super(indices, batchSize, new Random(seed));
    if (shift < 0) {
      throw new IllegalArgumentException("shift must be 0 or more");
    }
    this.images = images;
    this.shift = shift;
    this.pixels = new float[batchSize * images.pixelsPerImage()];
    this.oneHot = new float[batchSize * images.classNames().size()];
    this.scratch = new float[images.pixelsPerImage()];
  }

  @Override
  protected Batch batch(NDManager batchManager, int[] order, int from, int size, int done) {
    int n = images.pixelsPerImage();
    int classes = images.classNames().size();
    Arrays.fill(oneHot, 0f);
    for (int k = 0; k < size; k++) {
      copyShifted(order[from + k], k * n);
      oneHot[k * classes + images.label(order[from + k])] = 1f;
    }
    NDArray x = pixelInput.create(batchManager, pixels, size * n, new Shape(size, n));
    NDArray y = labelInput.create(batchManager, oneHot, size * classes, new Shape(size, classes));
    return new Batch(
        batchManager,
        new NDList(x),
        new NDList(y),
        size,
        Batchifier.STACK,
        Batchifier.STACK,
        done,
        order.length);
  }

  private void copyShifted(int image, int offset) {
    if (shift == 0) {
      images.copyImage(image, pixels, offset);
      return;
    }
    int rows = images.rows();
    int cols = images.cols();
    int dy = random().nextInt(2 * shift + 1) - shift;
    int dx = random().nextInt(2 * shift + 1) - shift;
    images.copyImage(image, scratch, 0);
    Arrays.fill(pixels, offset, offset + rows * cols, 0f);
    for (int r = Math.max(0, dy); r < Math.min(rows, rows + dy); r++) {
      for (int c = Math.max(0, dx); c < Math.min(cols, cols + dx); c++) {
        pixels[offset + r * cols + c] = scratch[(r - dy) * cols + (c - dx)];
      }
    }
  }
}
