package org.latentlab.app;

import java.util.List;
import org.latentlab.data.ImageSet;
import org.latentlab.ui.plane.LabelledImages;

/**
 * A data set as the explorer sees it: the app adapts, so the UI never depends on the data layer.
 */
public final class ImageSetImages implements LabelledImages {
  private final ImageSet set;

  public ImageSetImages(ImageSet set) {
    this.set = set;
  }

  @Override
  public String name() {
    return set.name();
  }

  @Override
  public int count() {
    return set.count();
  }

  @Override
  public int rows() {
    return set.rows();
  }

  @Override
  public int cols() {
    return set.cols();
  }

  @Override
  public int label(int i) {
    return set.label(i);
  }

  @Override
  public float[] image(int i) {
    return set.image(i);
  }

  @Override
  public void copyImage(int i, float[] dest) {
    set.copyImage(i, dest, 0);
  }

  @Override
  public List<String> classNames() {
    return set.classNames();
  }
}
