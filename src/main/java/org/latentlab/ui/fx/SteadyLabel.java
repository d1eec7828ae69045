package org.latentlab.ui.fx;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A label whose text changes with every mouse event (a coordinate under a dragged cursor, a
 * slider's value) without re-laying out the window.
 *
 * <p>Why: a plain label's new text asks every container above it for a new layout, up to the
 * scene's root, and during a drag that layout pass was the largest part of the FX thread's work
 * (profiled in {@code decisions.md}, "Steady labels"). Here the label is unmanaged inside a region
 * of fixed width, so a new text lays out the label alone; the region's own size never changes with
 * the text: it is as wide as a sample of the widest text in the label's font, and follows the font
 * (the presenter's larger type). Longer text ends in "…", as a label's does.
 */
public final class SteadyLabel extends Region {
  private final Label label = new Label();
  private final Text sample;

  /**
   * @param widest a text as wide as any this label will show, such as "−00.00"
   * @param alignment where the text sits in that width
   */
  public SteadyLabel(String widest, Pos alignment) {
    sample = new Text(widest);
    label.setManaged(false);
    label.setAlignment(alignment);
    getChildren().add(label);
    // The label's layout no longer reaches this region, except for what changes its size.
    label.fontProperty().addListener(o -> requestLayout());
    label.paddingProperty().addListener(o -> requestLayout());
  }

  /** The label's text. */
  public StringProperty textProperty() {
    return label.textProperty();
  }

  public void setText(String text) {
    label.setText(text);
  }

  public String getText() {
    return label.getText();
  }

  /** The label inside, for style classes and ids. */
  public Label label() {
    return label;
  }

  @Override
  protected double computeMinWidth(double height) {
    return computePrefWidth(height);
  }

  @Override
  protected double computePrefWidth(double height) {
    sample.setFont(label.getFont());
    double text =
        label.snappedLeftInset()
            + Math.ceil(sample.getLayoutBounds().getWidth())
            + label.snappedRightInset();
    return snappedLeftInset() + Math.max(text, label.minWidth(-1)) + snappedRightInset();
  }

  @Override
  protected double computeMaxWidth(double height) {
    return computePrefWidth(height);
  }

  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected double computePrefHeight(double width) {
    return snappedTopInset() + label.prefHeight(-1) + snappedBottomInset();
  }

  @Override
  protected double computeMaxHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected void layoutChildren() {
    label.resizeRelocate(
        snappedLeftInset(),
        snappedTopInset(),
        getWidth() - snappedLeftInset() - snappedRightInset(),
        getHeight() - snappedTopInset() - snappedBottomInset());
  }
}
