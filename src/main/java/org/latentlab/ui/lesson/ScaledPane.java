package org.latentlab.ui.lesson;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows its content magnified by one factor: the content is laid out in a 1/scale-sized area and
 * drawn scaled, so every text, stroke, point and image grows alike, and mouse coordinates still
 * arrive in the content's own units.
 */
final class ScaledPane extends Region {
  private final Node content;
  private final Scale transform = new Scale(1, 1, 0, 0);
  private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);

  ScaledPane(Node content) {
    this.content = content;
    content.getTransforms().add(transform);
    getChildren().add(content);
    scale.addListener((o, was, now) -> requestLayout());
    setMinSize(0, 0);
    javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
  }

  DoubleProperty scaleProperty() {
    return scale;
  }

  @Override
  protected void layoutChildren() {
    double s = scale.get();
    transform.setX(s);
    transform.setY(s);
    content.resizeRelocate(0, 0, getWidth() / s, getHeight() / s);
  }

  @Override
  protected double computePrefWidth(double height) {
    return content.prefWidth(-1) * scale.get();
  }

  @Override
  protected double computePrefHeight(double width) {
    return content.prefHeight(-1) * scale.get();
  }
}
