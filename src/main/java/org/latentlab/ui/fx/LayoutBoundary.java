package org.latentlab.ui.fx;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Holds one control whose insides move with every mouse event (a slider's thumb follows the cursor)
 * so that its layout requests stop here instead of re-laying out every container up to the scene's
 * root. The control is unmanaged inside this region, which sizes itself from the control's minimum,
 * preferred and maximum sizes and gives it all of its area.
 *
 * <p>Why: moving a slider's thumb asks the slider for a new layout, and a managed node passes that
 * request on to its parents; during a drag the resulting layout passes were the largest part of the
 * FX thread's work (figures in {@code decisions.md}, "Layout boundaries").
 */
public final class LayoutBoundary extends Region {
  private final Node content;

  public LayoutBoundary(Node content) {
    this.content = content;
    content.setManaged(false);
    getChildren().add(content);
  }

  /** The control inside. */
  public Node content() {
    return content;
  }

  @Override
  protected double computeMinWidth(double height) {
    return snappedLeftInset() + content.minWidth(-1) + snappedRightInset();
  }

  @Override
  protected double computePrefWidth(double height) {
    return snappedLeftInset() + content.prefWidth(-1) + snappedRightInset();
  }

  @Override
  protected double computeMaxWidth(double height) {
    return snappedLeftInset() + content.maxWidth(-1) + snappedRightInset();
  }

  @Override
  protected double computeMinHeight(double width) {
    return snappedTopInset() + content.minHeight(-1) + snappedBottomInset();
  }

  @Override
  protected double computePrefHeight(double width) {
    return snappedTopInset() + content.prefHeight(-1) + snappedBottomInset();
  }

  @Override
  protected double computeMaxHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected void layoutChildren() {
    content.resizeRelocate(
        snappedLeftInset(),
        snappedTopInset(),
        getWidth() - snappedLeftInset() - snappedRightInset(),
        getHeight() - snappedTopInset() - snappedBottomInset());
  }
}
