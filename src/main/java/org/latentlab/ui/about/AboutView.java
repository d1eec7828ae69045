package org.latentlab.ui.about;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The About dialog's content: versions, the loaded models, then each credit with its licence. */
public final class AboutView extends VBox {
  /** The content for {@code about}. */
  public AboutView(About about) {
    super(10);
    setId("about");
    setPadding(new Insets(4));
    setPrefWidth(640);
    Label name = new Label("LatentLab");
    name.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
    GridPane versions = new GridPane();
    versions.setId("about-versions");
    versions.setHgap(14);
    versions.setVgap(2);
    int row = 0;
    for (About.Version v : about.versions()) {
      Label what = new Label(v.name());
      what.setStyle("-fx-font-weight: bold;");
      versions.addRow(row++, what, new Label(v.version()));
    }
    Label models =
        new Label(
            "Models loaded: "
                + (about.models().isEmpty() ? "none" : String.join(", ", about.models())));
    models.setWrapText(true);
    getChildren().addAll(name, versions, models);
    for (About.Credit c : About.CREDITS) {
      Label what = new Label(c.what());
      what.setStyle("-fx-font-weight: bold;");
      what.setWrapText(true);
      Label text = new Label("Licence: " + c.licence() + "\nFrom: " + c.origin());
      text.setWrapText(true);
      getChildren().add(new VBox(2, what, text));
    }
  }

  /** Shows the dialog over {@code owner}, with a button that copies its text. */
  public static void show(Window owner, About about) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("About LatentLab");
    dialog.setHeaderText(null);
    dialog.getDialogPane().setContent(new AboutView(about));
    ButtonType copy = new ButtonType("Copy");
    dialog.getDialogPane().getButtonTypes().addAll(copy, ButtonType.CLOSE);
    dialog
        .getDialogPane()
        .lookupButton(copy)
        .addEventFilter(
            javafx.event.ActionEvent.ACTION,
            e -> {
              ClipboardContent content = new ClipboardContent();
              content.putString(about.text());
              Clipboard.getSystemClipboard().setContent(content);
              e.consume(); // keep the dialog open
            });
    dialog.show();
  }
}
