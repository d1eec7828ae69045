package org.latentlab.ui.plane;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.latentlab.latent.DimensionRange;

/**
 * One coordinate of a plane's cursor, for a slider: its value (bind both ways) and its range, which
 * grows when the cursor is dragged beyond it so a slider never clamps the cursor back.
 */
public final class LatentDimension {
  private final String name;
  private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
  private final ReadOnlyDoubleWrapper min = new ReadOnlyDoubleWrapper(this, "min");
  private final ReadOnlyDoubleWrapper max = new ReadOnlyDoubleWrapper(this, "max");

  LatentDimension(String name, DimensionRange range, double initial) {
    this.name = name;
    min.set(range.min());
    max.set(range.max());
    include(initial);
    value.set(initial);
  }

  /** "z1", "z2", … */
  String name() {
    return name;
  }

  /** The cursor's coordinate; setting it moves the cursor. */
  public DoubleProperty valueProperty() {
    return value;
  }

  /** The lower end of the slider. */
  public ReadOnlyDoubleProperty minProperty() {
    return min.getReadOnlyProperty();
  }

  /** The upper end of the slider. */
  public ReadOnlyDoubleProperty maxProperty() {
    return max.getReadOnlyProperty();
  }

  /** Grows the range to hold {@code v}; call before setting a value outside it. */
  void include(double v) {
    if (v < min.get()) {
      min.set(v);
    }
    if (v > max.get()) {
      max.set(v);
    }
  }
}
