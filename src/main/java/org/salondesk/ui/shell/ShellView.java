package org.salondesk.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.about.AboutView;

/**
 * The main window: navigation on the left (only screens that work), the open screen in the middle, the database in
 * the status bar. Until the database is open it shows what start-up is doing.
 */
public final class ShellView extends BorderPane {

    private final ShellViewModel viewModel;
    private final VBox navigation = new VBox();
    private final ToggleGroup screens = new ToggleGroup();
    private final StackPane content = new StackPane();
    // Each screen is built when first shown: the ones start-up does not show cost nothing before the calendar.
    private final Map<String, Supplier<? extends Node>> screenNodes = new HashMap<>();
    private final Map<String, Node> builtScreens = new HashMap<>();
    private final HBox statusItems = new HBox(8);
    private Node cover;

    public ShellView(ShellViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("shell");
        getStylesheets().add(ShellView.class.getResource("/org/salondesk/ui/common/app.css").toExternalForm());
        createView();
        initListeners();
    }

    private void createView() {
        navigation.getStyleClass().add("navigation");
        navigation.setId("navigation");
        Label brand = new Label("SalonDesk");
        brand.getStyleClass().add("brand");
        navigation.getChildren().add(brand);
        navigation.disableProperty().bind(viewModel.phaseProperty().isNotEqualTo(ShellViewModel.Phase.READY));
        setLeft(navigation);
        content.getChildren().add(startingPane());
        setCenter(content);
        setBottom(statusBar());
    }

    private Node startingPane() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("startup-progress");
        Label text = new Label();
        text.setId("startup-text");
        text.textProperty().bind(viewModel.progressTextProperty());
        Label failure = new Label();
        failure.setId("startup-failure");
        failure.getStyleClass().add("startup-failure");
        failure.setWrapText(true);
        failure.textProperty().bind(viewModel.failureProperty());
        progress.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(ShellViewModel.Phase.STARTING));
        text.visibleProperty().bind(progress.visibleProperty());
        failure.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(ShellViewModel.Phase.FAILED));
        VBox box = new VBox(16, progress, text, failure);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(640);
        box.setId("startup-pane");
        return box;
    }

    private Node statusBar() {
        Label database = new Label();
        database.setId("status-database");
        database.textProperty().bind(viewModel.databaseProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button about = new Button(Messages.get("about.button"));
        about.setId("about-button");
        about.getStyleClass().add("about-button");
        // A long line beside it (the database, a lost connection) is cut short instead of the button.
        about.setMinWidth(Region.USE_PREF_SIZE);
        about.setOnAction(event -> new AboutView(viewModel.about(), getScene().getWindow()).show());
        statusItems.setAlignment(Pos.CENTER_LEFT);
        Label trouble = new Label();
        trouble.setId("status-trouble");
        trouble.getStyleClass().add("status-trouble");
        trouble.textProperty().bind(viewModel.troubleProperty());
        trouble.visibleProperty().bind(viewModel.troubleProperty().isNotEmpty());
        trouble.setTooltip(new Tooltip(Messages.get("shell.troubleDismiss")));
        trouble.setOnMouseClicked(event -> viewModel.dismissTrouble());
        HBox bar = new HBox(8, about, statusItems, spacer, trouble, database);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(2, 8, 2, 8));
        return bar;
    }

    /**
     * Puts what {@code signIn} makes over the screens while {@code locked}: what is behind it (a half-filled form too)
     * stays as it was, out of sight and out of reach, and the navigation is closed. The form is made the first time
     * the desk locks (a desk that starts signed in has it styled and laid out for nothing).
     */
    public void lockWith(Supplier<Node> signIn, ObservableBooleanValue locked) {
        StackPane cover = new StackPane();
        cover.setId("desk-lock");
        cover.getStyleClass().add("desk-lock");
        cover.visibleProperty().bind(locked);
        if (locked.get()) {
            cover.getChildren().setAll(signIn.get());
        } else {
            locked.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean now) {
                    if (now) {
                        locked.removeListener(this);
                        cover.getChildren().setAll(signIn.get());
                    }
                }
            });
        }
        content.getChildren().add(cover);
        navigation.disableProperty().unbind();
        navigation.disableProperty().bind(viewModel.phaseProperty().isNotEqualTo(ShellViewModel.Phase.READY)
                .or(locked));
        this.cover = cover;
    }

    /** Shows {@code node} (the first-run form) where start-up's progress was, until the screens are added. */
    public void showInstead(Node node) {
        content.getChildren().setAll(node);
    }

    /** Adds a control to the status bar, after About (who is at the desk). */
    public void addStatusItem(Node item) {
        statusItems.getChildren().add(item);
    }

    /** Adds a screen to the navigation; {@code titleKey} names it in the message bundle. */
    public void addScreen(String id, String titleKey, Node screen) {
        addScreen(id, titleKey, screen, null);
    }

    /** Adds a screen with a badge (a count that wants attention; hidden when empty). */
    public void addScreen(String id, String titleKey, Node screen, ObservableStringValue badge) {
        addScreen(id, titleKey, () -> screen, badge);
    }

    /** Adds a screen that is built when it is first shown (with a badge, or none when {@code badge} is null). */
    public void addScreen(String id, String titleKey, Supplier<? extends Node> screen, ObservableStringValue badge) {
        ToggleButton button = new ToggleButton(Messages.get(titleKey));
        if (badge != null) {
            Label count = new Label();
            count.setId("badge-" + id);
            count.getStyleClass().add("nav-badge");
            count.textProperty().bind(badge);
            count.visibleProperty().bind(Bindings.isNotEmpty(badge));
            button.setGraphic(count);
            button.setContentDisplay(ContentDisplay.RIGHT);
        }
        button.setId("nav-" + id);
        button.setUserData(id);
        button.setToggleGroup(screens);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("nav-button");
        button.visibleProperty().bind(Bindings.createBooleanBinding(() -> !viewModel.hiddenScreens().contains(id),
                viewModel.hiddenScreens()));
        button.managedProperty().bind(button.visibleProperty());
        navigation.getChildren().add(button);
        screenNodes.put(id, screen);
        if (id.equals(viewModel.screenProperty().get())) {
            show(id);
        }
    }

    /** Ctrl+1 … Ctrl+9 open the first to ninth screen the navigation shows (what is shown depends on the role). */
    private void screenShortcut(KeyEvent key) {
        if (!key.isShortcutDown() || key.isAltDown() || key.isShiftDown() || navigation.isDisabled()) {
            return;
        }
        String name = key.getCode().getName();
        int digit = key.getCode().isDigitKey() ? name.charAt(name.length() - 1) - '0' : -1;
        if (digit < 1) {
            return;
        }
        List<ToggleButton> shown = navigation.getChildren().stream().filter(node -> node instanceof ToggleButton
                && node.isVisible()).map(node -> (ToggleButton) node).toList();
        if (digit <= shown.size()) {
            key.consume();
            shown.get(digit - 1).fire();
        }
    }

    private void initListeners() {
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::screenShortcut);
            }
        });
        screens.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                screens.selectToggle(old);
            } else {
                viewModel.navigate((String) selected.getUserData());
                // A screen with unsaved edits may keep the window where it is: its button stays the chosen one.
                selectButtonOf(viewModel.screenProperty().get());
            }
        });
        viewModel.screenProperty().addListener((obs, old, id) -> show(id));
        // Ready after the screens were added (the calendar waits for its first day): the first screen shows now.
        viewModel.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == ShellViewModel.Phase.READY) {
                show(viewModel.screenProperty().get());
            }
        });
        viewModel.leavingProperty().addListener((obs, old, question) -> {
            if (question != null) {
                askBeforeLeaving(question);
            }
        });
    }

    /** Save, discard or stay: the one question for every screen with a form. */
    private void askBeforeLeaving(ShellViewModel.LeaveQuestion question) {
        ButtonType save = new ButtonType(Messages.get("leave.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("leave.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(Messages.get("leave.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get(question.canSave() ? "leave.question"
                : "leave.questionInvalid"), save, discard, stay);
        ask.initOwner(getScene().getWindow());
        ask.setTitle(Messages.get("leave.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("leave-question");
        ask.getDialogPane().lookupButton(save).setId("leave-save");
        ask.getDialogPane().lookupButton(save).setDisable(!question.canSave());
        ask.getDialogPane().lookupButton(discard).setId("leave-discard");
        ask.getDialogPane().lookupButton(stay).setId("leave-stay");
        ask.setOnHidden(event -> {
            ButtonType answer = ask.getResult();
            viewModel.answer(answer == save ? ShellViewModel.LeaveAnswer.SAVE
                    : answer == discard ? ShellViewModel.LeaveAnswer.DISCARD : ShellViewModel.LeaveAnswer.STAY);
        });
        ask.show();
    }

    private void selectButtonOf(String id) {
        for (Toggle toggle : screens.getToggles()) {
            if (toggle.getUserData().equals(id) && screens.getSelectedToggle() != toggle) {
                screens.selectToggle(toggle);
            }
        }
    }

    private void show(String id) {
        Supplier<? extends Node> screen = screenNodes.get(id);
        if (screen == null || viewModel.phaseProperty().get() != ShellViewModel.Phase.READY) {
            return;
        }
        content.getChildren().setAll(builtScreens.computeIfAbsent(id, built -> screen.get()));
        if (cover != null) {
            content.getChildren().add(cover);
        }
        selectButtonOf(id);
    }
}
