package org.latentlab.ui.holes;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentlab.latent.quality.QualityScores;

/** The latent-quality scores of one plane as small badges, shown while the hole map is on. */
public final class QualityBadges extends VBox {
  private final Label note = new Label();

  public QualityBadges(HoleMapViewModel vm, PlaneQuality quality, String id) {
    super(4);
    setId(id + "-quality");
    getStyleClass().add("quality-badges");
    setAlignment(Pos.TOP_LEFT);
    note.getStyleClass().add("caption");
    note.setWrapText(true);
    note.setMaxWidth(180);
    note.textProperty().bind(quality.noteProperty());
    visibleProperty().bind(vm.shownProperty());
    managedProperty().bind(visibleProperty());
    quality.scoresProperty().addListener((obs, was, now) -> show(now));
    show(quality.scoresProperty().get());
  }

  private void show(QualityScores scores) {
    getChildren().setAll(note);
    if (scores == null) {
      return;
    }
    for (QualityText.Item item : QualityText.items(scores)) {
      Label name = new Label(item.name());
      name.getStyleClass().add("badge-name");
      Region spacer = new Region();
      HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
      Label value = new Label(item.value());
      value.getStyleClass().add("badge-value");
      HBox badge = new HBox(6, name, spacer, value);
      badge.getStyleClass().add("badge");
      badge.setMaxWidth(180);
      Tooltip.install(badge, new Tooltip(item.value() + " " + item.meaning()));
      getChildren().add(badge);
    }
  }
}
