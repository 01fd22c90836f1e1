package org.salondesk.ui.settings;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;

/** The one time a new API key is seen: its text, to select or copy, until the dialog closes. */
final class NewApiKeyDialog {

    private NewApiKeyDialog() {
    }

    /** {@code pageLinks}: the booking page's link of each branch with this key, for a key made for the page. */
    static void show(Node owner, ApiKeysViewModel.NewKey made, List<String> pageLinks, Runnable onClosed) {
        TextField key = new TextField(made.key());
        key.setId("api-key-text");
        key.setEditable(false);
        key.setPrefColumnCount(48);
        HBox.setHgrow(key, Priority.ALWAYS);
        Button copy = new Button(Messages.get("settings.online.copy"));
        copy.setId("api-key-copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(made.key());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(Messages.get("settings.online.copied"));
        });
        Label said = new Label(Messages.get("settings.online.keyShownOnce", made.name()));
        said.setWrapText(true);
        Dialog<Void> dialog = new Dialog<>();
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setTitle(Messages.get("settings.online.keyTitle"));
        dialog.getDialogPane().setId("api-key-dialog");
        VBox content = new VBox(10, said, new HBox(8, key, copy));
        if (!pageLinks.isEmpty()) {
            TextArea links = new TextArea(String.join("\n", pageLinks));
            links.setId("api-key-page-links");
            links.setEditable(false);
            links.setPrefRowCount(Math.min(pageLinks.size(), 4));
            content.getChildren().addAll(new Label(Messages.get("settings.online.pageLinks")), links);
        }
        dialog.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(Messages.get("settings.online.close"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().lookupButton(close).setId("api-key-dialog-close");
        dialog.setOnHidden(event -> onClosed.run());
        dialog.show();
    }
}
