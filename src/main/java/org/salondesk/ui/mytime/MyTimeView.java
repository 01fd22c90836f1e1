package org.salondesk.ui.mytime;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.salondesk.availability.DayStep;
import org.salondesk.i18n.Messages;
import org.salondesk.schedule.BreakRow;
import org.salondesk.schedule.DayOffRow;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.NoticeBar;

/**
 * The My time screen of a master: her days off on the left, her breaks on the right (the chosen day in steps, the
 * free ones to tick, then Save). It lays out and binds; {@link MyTimeViewModel} decides.
 */
public final class MyTimeView extends BorderPane {

    private final MyTimeViewModel viewModel;
    private final FlowPane steps = new FlowPane(6, 6);

    public MyTimeView(MyTimeViewModel viewModel) {
        this.viewModel = viewModel;
        setId("mytime");
        getStyleClass().add("mytime-screen");
        getStylesheets().add(MyTimeView.class.getResource("/org/salondesk/ui/mytime/mytime.css").toExternalForm());
        HBox panels = new HBox(16, daysOff(), breaks());
        panels.setPadding(new Insets(12));
        panels.getChildren().forEach(panel -> HBox.setHgrow(panel, Priority.ALWAYS));
        setCenter(panels);
        setBottom(new NoticeBar(viewModel.notices(), new ErrorBanner("mytime-error", viewModel.errorProperty())));
        viewModel.steps().addListener((ListChangeListener<StepChoice>) change -> showSteps());
        showSteps();
    }

    private Node daysOff() {
        Button add = button("mytime-dayoff-add", "schedules.add", viewModel::addDaysOff);
        FlowPane form = new FlowPane(8, 8, new Label(Messages.get("schedules.from")),
                date("mytime-dayoff-from", viewModel.offFromProperty()), new Label(Messages.get("schedules.until")),
                date("mytime-dayoff-to", viewModel.offToProperty()), add);
        form.setAlignment(Pos.CENTER_LEFT);
        return panel("mytime.daysOff", "mytime.daysOffHelp", form, list("mytime-daysoff", viewModel.daysOff(),
                (DayOffRow off) -> off.date() + (off.reason() == null || off.reason().isBlank() ? ""
                        : "  " + off.reason()), viewModel::removeDayOff));
    }

    private Node breaks() {
        Button save = button("mytime-breaks-save", "mytime.saveBreaks", viewModel::saveBreaks);
        HBox dayRow = new HBox(8, new Label(Messages.get("mytime.day")), date("mytime-day", viewModel.dayProperty()),
                save);
        dayRow.setAlignment(Pos.CENTER_LEFT);
        steps.setId("mytime-steps");
        steps.setPrefWrapLength(420);
        VBox form = new VBox(8, dayRow, steps);
        return panel("mytime.breaks", "mytime.breaksHelp", form, list("mytime-breaks", viewModel.breaks(),
                (BreakRow pause) -> pause.date() + "  " + Messages.time(pause.start()) + "–"
                        + Messages.time(pause.end()), viewModel::removeBreak));
    }

    // A toggle for each step; the ones with a booking or a break already cannot be ticked.
    private void showSteps() {
        steps.getChildren().clear();
        if (viewModel.steps().isEmpty()) {
            steps.getChildren().add(new Label(Messages.get("mytime.notWorking")));
            return;
        }
        for (StepChoice choice : viewModel.steps()) {
            DayStep step = choice.step();
            ToggleButton toggle = new ToggleButton(Messages.time(step.span().startTime()) + "–"
                    + Messages.time(step.span().endTime()));
            toggle.setId("mytime-step-" + step.span().startTime().toString().replace(":", ""));
            toggle.getStyleClass().add("step-" + step.kind().name().toLowerCase(java.util.Locale.ROOT));
            toggle.selectedProperty().bindBidirectional(choice.chosenProperty());
            toggle.setDisable(!choice.choosable());
            if (!choice.choosable()) {
                toggle.setTooltip(new Tooltip(Messages.get("mytime.step." + step.kind().name())));
            }
            steps.getChildren().add(toggle);
        }
    }

    private static Node panel(String titleKey, String helpKey, Node form, Node list) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("section-title");
        Label help = new Label(Messages.get(helpKey));
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        VBox box = new VBox(10, title, help, form, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setMinWidth(280);
        return box;
    }

    private static DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private Button button(String id, String textKey, Runnable action) {
        Button button = new Button(Messages.get(textKey));
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.disableProperty().bind(viewModel.busyProperty());
        return button;
    }

    /** A list whose rows each have a remove button. */
    private static <T> Node list(String id, ObservableList<T> items, Function<T, String> text, Consumer<T> remove) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(200);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Button delete = new Button("✕");
                delete.getStyleClass().add("danger");
                delete.setTooltip(new Tooltip(Messages.get("mytime.remove")));
                delete.setOnAction(event -> remove.accept(item));
                setGraphic(new HBox(8, new Label(text.apply(item)), spacer, delete));
            }
        });
        return list;
    }
}
