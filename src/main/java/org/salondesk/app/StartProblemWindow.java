package org.salondesk.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.salondesk.i18n.Messages;

/**
 * A start refused before the desk opens (a database server that cannot be reached, a refused password): a small
 * window says why, for the receptionist who started SalonDesk from the menu and would otherwise see nothing.
 */
public final class StartProblemWindow extends Application {

    /** Shows {@code message} until the window is closed; without a screen, the message on the console is all. */
    static void show(String message) {
        try {
            Application.launch(StartProblemWindow.class, message);
        } catch (RuntimeException e) {
            // No display to show a window on (a server, a terminal session): the console already says why.
            System.err.println(e.getMessage());
        }
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label(Messages.get("startProblem.title"));
        title.getStyleClass().add("first-run-title");
        Label message = new Label(String.join(" ", getParameters().getRaw()));
        message.setId("start-problem");
        message.setWrapText(true);
        message.getStyleClass().add("startup-failure");
        Button close = new Button(Messages.get("startProblem.close"));
        close.setId("start-problem-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        VBox box = new VBox(16, title, message, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(24));
        box.setPrefWidth(560);
        Scene scene = new Scene(box);
        scene.getStylesheets().add(StartProblemWindow.class.getResource("/org/salondesk/ui/common/app.css")
                .toExternalForm());
        stage.setTitle("SalonDesk");
        AppIcons.addTo(stage);
        stage.setScene(scene);
        stage.show();
    }
}
